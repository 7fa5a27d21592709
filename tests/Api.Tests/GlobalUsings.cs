global using Xunit;
global using PropertySaaS.Api.Tests.Support;
