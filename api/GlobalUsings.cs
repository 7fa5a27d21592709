global using PropertySaaS.Api.Core;
