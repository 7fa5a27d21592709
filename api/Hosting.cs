using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQL.Validation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api;

/// <summary>Service registration by area, so Program.cs stays a dozen lines.</summary>
public static class Hosting
{
    public static void AddApiServices(this IHostApplicationBuilder builder)
    {
        builder.AddTenancy();
        builder.AddApiAuthentication();
        builder.AddGraphQLApi();
        builder.AddScheduledWork();
        foreach (var module in FeatureModule.All) module.AddServices(builder);
        builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? ["http://localhost:5173"])
            .AllowAnyHeader().AllowAnyMethod()));
        builder.Services.AddHealthChecks();
    }

    public static void AddTenancy(this IHostApplicationBuilder builder)
    {
        var servers = builder.Services.AddOptions<DatabaseServersOptions>().Bind(builder.Configuration.GetSection("DatabaseServers"));
        // SQLite under .data/tenants is the embedded default when no server is configured.
        builder.Services.PostConfigure<DatabaseServersOptions>(o =>
        {
            if (o.Count == 0) o["local"] = new DatabaseServerOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = ".data/tenants" };
        });
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DatabaseServerRegistry>();
        builder.Services.AddSingleton<CatalogDatabase>();
        builder.Services.AddSingleton<TenantDatabases>();
        builder.Services.AddSingleton<TenantDirectory>();
        builder.Services.AddSingleton<TenantGate>();
        builder.Services.AddSingleton<TenantProvisioner>();
        builder.Services.AddSingleton<TenantMigrator>();
    }

    public static void AddApiAuthentication(this IHostApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.Authority = auth["Authority"] ?? "http://localhost:5090/";
            o.Audience = auth["Audience"] ?? "propertysaas-api";
            o.RequireHttpsMetadata = auth.GetValue("RequireHttpsMetadata", !builder.Environment.IsDevelopment());
            // Keep claim names as issued ("role", "tenant", "sub"); the API reads them by those names.
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = "name";
            o.TokenValidationParameters.RoleClaimType = "role";
            o.TokenValidationParameters.ValidTypes = ["at+jwt", "JWT"];
        });
        builder.Services.AddAuthorization();
    }

    public static void AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("GraphQL");
        builder.Services.Configure<GraphQLEndpointOptions>(options);
        var limits = options.Get<GraphQLEndpointOptions>() ?? new GraphQLEndpointOptions();
        // Generic graph types (connections, edges) are closed per node type when the schema is built.
        builder.Services.AddTransient(typeof(ConnectionType<,>));
        builder.Services.AddTransient(typeof(EdgeType<,>));
        builder.Services.AddGraphQL(b => b
            .AddSchema<AppSchema>()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            .AddApiExecution(limits)
            // Errors reach the response only through ApiErrors (codes, localised text) and this provider (what is written).
            .AddErrorInfoProvider<ApiErrorInfoProvider>());
    }

    /// <summary>
    /// How the API executes and writes GraphQL — JSON settings and writer, depth and complexity limits, execution
    /// strategy — so that the benchmark's in-memory execution (tests/Benchmarks) runs exactly this. Queries run
    /// serially either way: one DbContext per request, so resolvers must not run concurrently on it.
    /// </summary>
    public static global::GraphQL.DI.IGraphQLBuilder AddApiExecution(this global::GraphQL.DI.IGraphQLBuilder b, GraphQLEndpointOptions limits)
    {
        b.AddComplexityAnalyzer(c => { c.MaxDepth = limits.MaxDepth; c.MaxComplexity = limits.MaxComplexity; });
        if (limits.ExecutionStrategy == GraphQLExecutionStrategy.Stock)
            return b
                .AddSystemTextJson(ExecutionResultWriter.Settings)
                .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query);
        b.Services.Register<IDocumentValidator>(_ => new RepeatedDocumentValidator(new DocumentValidator()), global::GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        return b
            .AddSystemTextJson(ExecutionResultWriter.Configure)
            .AddExecutionStrategy<FieldPlanningExecutionStrategy>(OperationType.Query);
    }

    /// <summary>GET /health answers its status and, per check, what is wrong (503 while anything is unhealthy).</summary>
    private static Task WriteHealthAsync(HttpContext http, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report) =>
        http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });

    public static async Task UseApiAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Catalog:MigrateOnStart", true))
            await app.Services.GetRequiredService<CatalogDatabase>().MigrateAsync();
        // Unexpected exceptions outside GraphQL: a problem body with INTERNAL and a correlation id, never the exception
        // (this also stands in front of the developer exception page that Development would otherwise show).
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiProblem.HandleExceptionAsync });
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        app.MapGraphQLHttp("/graphql");
        foreach (var module in FeatureModule.All) module.MapEndpoints(app);
    }
}
