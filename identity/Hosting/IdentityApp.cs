using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Admin;
using PropertySaaS.Identity.Features.Authorization;
using PropertySaaS.Identity.Features.Companies;
using PropertySaaS.Identity.Features.DemoSeed;
using PropertySaaS.Identity.Features.Registration;
using PropertySaaS.Identity.Features.SignIn;
using PropertySaaS.Identity.Localization;
using PropertySaaS.Identity.Messaging;

namespace PropertySaaS.Identity.Hosting;

/// <summary>Builds the identity server; Program and the tests share it.</summary>
public static class IdentityApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Content root next to the binaries: `dotnet run --project identity` from the repo root still finds appsettings.json.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
            builder.WebHost.UseUrls("http://localhost:5090");
        configure?.Invoke(builder);

        builder.AddIdentityStore()
            .AddAuthServer()
            .AddMessaging()
            .AddUiLocalization()
            .AddSignInRateLimit();

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        // The portals are single-page apps on another origin: they fetch discovery, JWKS and the token endpoint from script.
        var portalOrigin = (builder.Configuration["Portals:Origin"] ?? "http://localhost:5173").TrimEnd('/');
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(portalOrigin).AllowAnyHeader().AllowAnyMethod()));
        services.AddHttpContextAccessor();
        services.AddScoped<MembershipDirectory>();
        services.AddScoped<SignInFlow>();
        services.AddScoped<Sessions>();
        services.AddScoped<Invitations>();
        services.AddScoped<UserProvisioning>();
        services.AddScoped<IntegrationClients>();
        services.AddScoped<DemoUsersImport>();
        services.AddHostedService<StartupWorker>();
        // Application part named explicitly: when tests host the server, the entry assembly is the test assembly.
        services.AddRazorPages(o => o.RootDirectory = "/Features").AddApplicationPart(typeof(IdentityApp).Assembly);
        // Write Chinese text as characters, not &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var app = builder.Build();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapAuthorizationEndpoints();
        app.MapAdminEndpoints();
        app.MapCultureSwitch();
        app.MapGet("/health", async (IdentityDb db) =>
            await db.Database.CanConnectAsync() ? Results.Ok(new { status = "ok" }) : Results.StatusCode(503));
        return app;
    }
}
