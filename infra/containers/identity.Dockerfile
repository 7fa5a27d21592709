# Identity (OpenID Connect) image. Build from the repo root: docker build -f infra/containers/identity.Dockerfile -t propertysaas/identity .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the layer is reused until a package changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY identity/PropertySaaS.Identity.csproj identity/
RUN dotnet restore identity/PropertySaaS.Identity.csproj
COPY identity/ identity/
RUN dotnet publish identity/PropertySaaS.Identity.csproj -c Release -o /app --no-restore

# The full (not chiseled) runtime image: it carries ICU, which the zh-CN sign-in pages need.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "PropertySaaS.Identity.dll"]
