using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Tenancy;
using Stripe;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>
/// Test seam: runs after an event is stored in the inbox and before it is processed (to simulate a crash there). Only
/// test hosts register it; production has none, and the endpoint then skips it.
/// </summary>
public sealed class StripeWebhookHooks
{
    public Func<string, Task>? AfterStored { get; set; }
}

/// <summary>
/// POST /webhooks/stripe. Anonymous: the Stripe signature is the authentication. The company comes from the event's
/// metadata.tenant and must own the connected account the event came from, so one company's Stripe account can never
/// move money in another company's ledger. The event is stored (inbox) before it is processed.
/// </summary>
public static class StripeWebhook
{
    public const string Path = "/webhooks/stripe";

    public static void MapStripeWebhook(this IEndpointRouteBuilder app) => app.MapPost(Path, HandleAsync).AllowAnonymous();

    private static async Task<IResult> HandleAsync(HttpRequest request, StripeGateway stripe, TenantGate gate,
        TenantJobs jobs, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var log = logs.CreateLogger("StripeWebhook");
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        // The signature is the authentication: absent, empty or unreadable is a refusal like a wrong one, whatever
        // Stripe.net throws on it (it throws more than StripeException on a header it cannot parse).
        var signature = request.Headers["Stripe-Signature"].ToString();
        Event? stripeEvent = null;
        string? reason = string.IsNullOrWhiteSpace(signature) ? "no Stripe-Signature header" : null;
        if (reason is null)
            try
            {
                stripeEvent = EventUtility.ConstructEvent(json, signature, stripe.Options.WebhookSecret ?? "",
                    stripe.Options.WebhookToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
            }
            catch (Exception e) when (e is not OperationCanceledException) { reason = e.GetType().Name + ": " + e.Message; }
        if (stripeEvent is null)
        {
            log.LogWarning("Refused Stripe webhook from {Ip}: {Reason}", request.HttpContext.Connection.RemoteIpAddress, reason);
            return Refused("INVALID_SIGNATURE");
        }

        string? tenantSlug;
        using (var doc = JsonDocument.Parse(json))
            tenantSlug = StripeEvents.Meta(doc.RootElement.GetProperty("data").GetProperty("object"), "tenant");
        if (string.IsNullOrEmpty(tenantSlug))
        {
            // Not one of ours (no company on it): acknowledged so Stripe stops sending it, nothing stored.
            log.LogInformation("Stripe event {Id} ({Type}) carries no tenant; ignored", stripeEvent.Id, stripeEvent.Type);
            return Results.Ok();
        }
        // The event names its company; the gate decides whether that company may be worked on, as for any request.
        var (tenant, refused) = await gate.ResolveAsync(tenantSlug, ct);
        if (refused is not null)
        {
            log.LogWarning("Refused Stripe event {Id}: company {Tenant}: {Code} {Reason}", stripeEvent.Id, tenantSlug, refused.Code, refused.MessageKey);
            return ApiProblem.Result(request.HttpContext, refused.Code, refused.MessageKey);
        }

        await using var db = gate.Databases.Open(tenant!.Location);
        var account = await db.Set<BillingSettings>().AsNoTracking().Select(s => s.StripeAccountId).SingleOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(account) || stripeEvent.Account != account)
        {
            log.LogWarning("Refused Stripe event {Id}: account {Account} is not the account of company {Tenant}", stripeEvent.Id, stripeEvent.Account, tenantSlug);
            // Not this company's account: answered exactly like a company that does not exist.
            return ApiProblem.Result(request.HttpContext, TenantRefusal.Unknown.Code, TenantRefusal.Unknown.MessageKey);
        }

        var stored = await db.Set<StripeEventRecord>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == stripeEvent.Id, ct);
        if (stored?.ProcessedAt is not null) return Results.Ok();
        if (stored is null)
        {
            db.Add(new StripeEventRecord { Id = stripeEvent.Id, Type = stripeEvent.Type, Account = stripeEvent.Account, PayloadJson = json, ReceivedAt = clock.GetUtcNow().UtcDateTime });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // Delivered twice at once: the other copy stored it. Anything else (the row could not be stored) is an error.
                db.ChangeTracker.Clear();
                if (!await db.Set<StripeEventRecord>().AnyAsync(e => e.Id == stripeEvent.Id, ct)) throw;
            }
        }

        try
        {
            if (request.HttpContext.RequestServices.GetService<StripeWebhookHooks>()?.AfterStored is { } hook) await hook(stripeEvent.Id);
            await StripeEvents.ProcessAsync(db, stripe, stripeEvent.Id, clock, ct);
            return Results.Ok();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Stored but not applied: a job retries it, and the error status makes Stripe redeliver as well.
            log.LogError(e, "Stripe event {Id} ({Type}) for {Tenant} failed; queued for retry", stripeEvent.Id, stripeEvent.Type, tenant.Slug);
            await StripeEventJob.EnqueueAsync(jobs, tenant.Slug, stripeEvent.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>
    /// 400 with a typed body ({"error": "INVALID_SIGNATURE"}) and nothing stored. A company the gate refuses, or one that
    /// does not own the sending account, is answered like any request to it (problem body, 403 or 503): Stripe delivers
    /// it again later.
    /// </summary>
    private static IResult Refused(string code) => Results.Json(new WebhookRefusal(code), statusCode: StatusCodes.Status400BadRequest);
}

public sealed record WebhookRefusal(string Error);

/// <summary>Applies an inbox event whose processing failed (the event id is its only data).</summary>
public sealed class StripeEventJob(TenantGate gate, StripeGateway stripe, TimeProvider clock, ILogger<StripeEventJob> log) : TenantJob(gate, log)
{
    public static Task EnqueueAsync(TenantJobs jobs, string tenant, string eventId) =>
        jobs.EnqueueAsync<StripeEventJob>(tenant, new Dictionary<string, string> { ["eventId"] = eventId });

    protected override Task RunAsync(TenantJobContext context, CancellationToken ct) =>
        StripeEvents.ProcessAsync(context.Db, stripe, context.Data("eventId"), clock, ct);
}
