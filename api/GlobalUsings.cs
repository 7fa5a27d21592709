global using PropertySaaS.Api.Core;
global using PropertySaaS.Api.Data;
