using PropertySaaS.Api;
using PropertySaaS.Api.Cli;

// `dotnet run --project api -- tenants migrate` and friends run a command and exit; no arguments serves HTTP.
if (args.Length > 0 && Commands.IsCommand(args[0]))
    return await Commands.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddApiServices();
var app = builder.Build();
await app.UseApiAsync();
await app.RunAsync();
return 0;

public partial class Program;
