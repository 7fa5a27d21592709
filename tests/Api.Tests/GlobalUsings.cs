global using Xunit;
global using PropertySaaS.Api.Tests.Support;
// Core types the tests name (not the namespace: the tests have their own Payload<T> record for reading responses).
global using Access = PropertySaaS.Api.Core.Access;
global using CoreErrors = PropertySaaS.Api.Core.CoreErrors;
global using ErrorCodes = PropertySaaS.Api.Core.ErrorCodes;
global using ErrorKind = PropertySaaS.Api.Core.ErrorKind;
global using RuleException = PropertySaaS.Api.Core.RuleException;
global using TenantGate = PropertySaaS.Api.Core.TenantGate;
global using TenantRefusal = PropertySaaS.Api.Core.TenantRefusal;
global using Viewer = PropertySaaS.Api.Core.Viewer;
global using AppRoles = PropertySaaS.Api.Core.AppRoles;
global using RequestContext = PropertySaaS.Api.Core.RequestContext;
global using PropertySaaS.Api.Data;
