using System.Threading.RateLimiting;
using PropertySaaS.Identity.Localization;

namespace PropertySaaS.Identity.Hosting;

/// <summary>
/// Per-IP limit on the POSTs that check a secret (password, TOTP, reset code, invitation code).
/// Lockout protects one account; this slows down trying many accounts from one address.
/// </summary>
public static class SignInRateLimit
{
    private static readonly string[] LimitedPrefixes = ["/SignIn/", "/PasswordReset/", "/Registration/"];

    public static WebApplicationBuilder AddSignInRateLimit(this WebApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue("Identity:SignInRateLimit:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(builder.Configuration.GetValue("Identity:SignInRateLimit:WindowSeconds", 60));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && LimitedPrefixes.Any(p => http.Request.Path.StartsWithSegments(p.TrimEnd('/')))
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (ctx, ct) =>
            {
                var text = ctx.HttpContext.RequestServices.GetRequiredService<UiText>();
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync(text["TooManyRequests"], ct);
            };
        });
        return builder;
    }
}
