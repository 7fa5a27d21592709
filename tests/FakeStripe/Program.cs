namespace PropertySaaS.FakeStripe;

/// <summary>
/// Development stand-in for api.stripe.com and Stripe Checkout: `dotnet run --project tests/FakeStripe` (port 5095).
/// FAKESTRIPE_WEBHOOK_URL / FAKESTRIPE_WEBHOOK_SECRET say where signed events go. (Not top-level statements: the API
/// tests reference this project and the API's own Program must stay the only global one.)
/// </summary>
public static class FakeStripeProgram
{
    public static async Task Main()
    {
        var server = await FakeStripeServer.StartAsync(
            Environment.GetEnvironmentVariable("FAKESTRIPE_URL") ?? "http://localhost:5095",
            Environment.GetEnvironmentVariable("FAKESTRIPE_WEBHOOK_URL"),
            Environment.GetEnvironmentVariable("FAKESTRIPE_WEBHOOK_SECRET") ?? "whsec_dev");
        Console.WriteLine($"FakeStripe listening on {server.BaseUrl}");
        await server.App.WaitForShutdownAsync();
    }
}
