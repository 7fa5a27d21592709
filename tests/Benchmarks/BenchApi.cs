using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// The real API host (Production environment, appsettings.json logging) over the benchmark's databases.
/// As in tests/Api.Tests/Support/ApiFactory.cs, only token validation is pointed at a key the benchmark holds.
/// </summary>
public sealed class BenchApi : WebApplicationFactory<Program>
{
    private readonly BenchSettings _settings;
    private readonly bool _kestrel;

    public BenchApi(BenchSettings settings, bool kestrel)
    {
        _settings = settings;
        _kestrel = kestrel;
        if (kestrel) UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // UseSetting, not ConfigureAppConfiguration: with minimal hosting the latter is applied only after Program.cs
        // has registered its services, too late for values read there (GraphQL limits, Jobs:RunWorker).
        foreach (var (key, value) in _settings.Values()) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.Authority = null;
            o.RequireHttpsMetadata = false;
            o.MetadataAddress = null!;
            o.Configuration = new Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration { Issuer = BenchTokens.Issuer };
            o.Configuration.SigningKeys.Add(BenchTokens.Key);
            // Without this the manager made from the Authority keeps trying to fetch metadata on every request.
            o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration>(o.Configuration);
            o.TokenValidationParameters.ValidIssuer = BenchTokens.Issuer;
            o.TokenValidationParameters.ValidAudience = BenchTokens.Audience;
            o.TokenValidationParameters.IssuerSigningKey = BenchTokens.Key;
        }));
    }

    /// <summary>An HTTP client: a real socket client on loopback for Kestrel, the in-memory handler otherwise.</summary>
    public HttpClient Client()
    {
        if (!_kestrel) return CreateClient();
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address.Replace("localhost", "127.0.0.1").Replace("[::]", "127.0.0.1"));
        return new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = uri };
    }
}

/// <summary>Signs access tokens the way the identity server does (RS256, issuer, audience, tenant and role claims).</summary>
public static class BenchTokens
{
    public const string Issuer = "https://identity.benchmark/";
    public const string Audience = "propertysaas-api";
    public static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "benchmark-key" };

    public static string CompanyAdmin(string tenant) => Sign(tenant, "bench-user", ["company_admin"], [], null);

    /// <summary>A token for any member of a company: roles, estates and (for residents) the person.</summary>
    public static string Sign(string tenant, string sub, string[] roles, Guid[] estates, Guid? person)
    {
        List<Claim> claims = [new("sub", sub), new("name", sub), new("tenant", tenant), .. roles.Select(r => new Claim("role", r)),
            .. estates.Select(e => new Claim("estate", e.ToString()))];
        if (person is { } p) claims.Add(new Claim("person", p.ToString()));
        var token = new JwtSecurityToken(Issuer, Audience, claims, notBefore: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddHours(2),
            signingCredentials: new SigningCredentials(Key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
