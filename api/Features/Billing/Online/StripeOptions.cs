using Stripe;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>Section "Stripe". Without a secret key online payment is off; ApiBase points Stripe.net at the fake in development and tests.</summary>
public sealed class StripeOptions
{
    public string? SecretKey { get; set; }
    public string? WebhookSecret { get; set; }
    /// <summary>Default https://api.stripe.com; tests/FakeStripe in development and tests.</summary>
    public string? ApiBase { get; set; }
    /// <summary>Where the resident portal runs, for Checkout's success and cancel addresses.</summary>
    public string PortalBaseUrl { get; set; } = "http://localhost:5173";
    /// <summary>Signed webhooks older than this are refused (replayed captures).</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;
}

/// <summary>The one Stripe.net client of the process; every call names the company's connected account itself.</summary>
public sealed class StripeGateway(Microsoft.Extensions.Options.IOptions<StripeOptions> options)
{
    private readonly Lazy<StripeClient?> _client = new(() => string.IsNullOrWhiteSpace(options.Value.SecretKey) ? null
        : new StripeClient(new StripeClientOptions
        {
            ApiKey = options.Value.SecretKey,
            ApiBase = string.IsNullOrWhiteSpace(options.Value.ApiBase) ? null : options.Value.ApiBase.TrimEnd('/'),
        }));

    public StripeOptions Options => options.Value;
    /// <summary>Null when no secret key is configured: online payment is off.</summary>
    public StripeClient? Client => _client.Value;

    public static RequestOptions On(string account, string? idempotencyKey = null) =>
        new() { StripeAccount = account, IdempotencyKey = idempotencyKey };

    /// <summary>CNY has two decimals: Stripe counts in 分.</summary>
    public static long ToMinor(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);
    public static decimal FromMinor(long amount) => amount / 100m;
}
