# Portals image: the Vite build served by nginx. Build from the repo root:
#   docker build -f infra/containers/web.Dockerfile --build-arg VITE_API_URL=https://api.example.com/graphql \
#     --build-arg VITE_AUTHORITY=https://id.example.com/ -t propertysaas/web .
FROM node:20-bookworm-slim AS build
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
# Vite bakes these into the bundle, so they are build arguments, not runtime settings.
ARG VITE_API_URL
ARG VITE_AUTHORITY
ENV VITE_API_URL=$VITE_API_URL VITE_AUTHORITY=$VITE_AUTHORITY
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY infra/containers/web-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/web/dist /usr/share/nginx/html
EXPOSE 8080
