# API image. Build from the repo root: docker build -f infra/containers/api.Dockerfile -t propertysaas/api .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the layer is reused until a package changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY api/PropertySaaS.Api.csproj api/
RUN dotnet restore api/PropertySaaS.Api.csproj
COPY api/ api/
RUN dotnet publish api/PropertySaaS.Api.csproj -c Release -o /app --no-restore

# The full (not chiseled) runtime image: it carries ICU, which zh-CN formatting needs.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Receipt PDFs embed these fonts (api/Features/Billing/Payments/ReceiptFonts.cs); GET /health fails without them.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-droid-fallback fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# Unprefixed "Urls" outranks the localhost address in appsettings.json.
ENV Urls=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "PropertySaaS.Api.dll"]
