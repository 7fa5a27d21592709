global using Xunit;
global using PropertySaaS.Api.Tests.Support;
global using PropertySaaS.Api.Core;
global using PropertySaaS.Api.Data;
