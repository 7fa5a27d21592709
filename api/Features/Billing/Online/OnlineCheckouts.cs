using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using Stripe;
using Stripe.Checkout;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>Creates Stripe Checkout Sessions on the company's connected account for a resident's open bills.</summary>
public static class OnlineCheckouts
{
    public static readonly string[] MethodTypes = ["card", "alipay", "wechat_pay"];

    /// <summary>
    /// A bill is in at most one open checkout (the <see cref="OnlineCheckoutBill"/> rows, keyed by bill, guard it in the
    /// database). A request for exactly the bills of an open checkout gets that checkout (a second tab, a double click);
    /// a request that overlaps one without being the same set is refused until that checkout is paid or expires.
    /// </summary>
    /// <param name="key">The client's idempotency key: the same key for the same unit returns the same checkout.</param>
    public static async Task<OnlineCheckout> CreateAsync(TenantDbContext db, StripeGateway stripe, string tenant, Guid unitId,
        IReadOnlyList<Guid>? billIds, string key, string userId, TimeProvider clock, CancellationToken ct)
    {
        var idem = $"{unitId}:{key}";
        var checkout = await db.Set<OnlineCheckout>().SingleOrDefaultAsync(x => x.IdempotencyKey == idem, ct);
        if (checkout is null)
        {
            var settings = await db.Set<BillingSettings>().AsNoTracking().SingleOrDefaultAsync(ct);
            if (stripe.Client is null || string.IsNullOrWhiteSpace(settings?.StripeAccountId))
                throw new RuleException(OnlineErrors.OnlinePaymentOff, "unitId");
            var account = await ArrearsService.AccountAsync(db, unitId, ct);
            var chosen = billIds is { Count: > 0 } ? billIds.Distinct().ToList() : null;
            if (chosen is not null && chosen.Any(id => account.Bills.All(b => b.BillId != id)))
                throw new RuleException(PaymentErrors.BillNotOfUnit, "billIds");
            var bills = account.Bills.Where(b => b.Open > 0 && (chosen is null || chosen.Contains(b.BillId))).ToList();
            if (bills.Count == 0) throw new RuleException(OnlineErrors.NothingToPay, "billIds");
            var ids = bills.Select(b => b.BillId).ToList();
            checkout = await OpenForBillsAsync(db, stripe, ids, clock.GetUtcNow().UtcDateTime, ct);
            if (checkout is null)
            {
                checkout = new OnlineCheckout
                {
                    UnitId = unitId, BillIds = string.Join(',', ids), Amount = bills.Sum(b => b.Open),
                    Currency = settings!.Currency, Status = OnlineCheckoutStatus.Open, IdempotencyKey = idem,
                    StripeAccountId = settings.StripeAccountId!, CreatedBy = userId, CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                db.Add(checkout);
                db.AddRange(ids.Select(id => new OnlineCheckoutBill { BillId = id, CheckoutId = checkout.Id }));
                try { await db.SaveChangesAsync(ct); }
                catch (DbUpdateException)
                {
                    // Another request took the key or the bills at the same moment: its checkout is the checkout.
                    db.ChangeTracker.Clear();
                    checkout = await db.Set<OnlineCheckout>().SingleOrDefaultAsync(x => x.IdempotencyKey == idem, ct)
                        ?? await OpenForBillsAsync(db, stripe, ids, clock.GetUtcNow().UtcDateTime, ct)
                        ?? throw new RuleException(OnlineErrors.CheckoutOpenForBills, "billIds");
                }
            }
        }
        if (checkout.SessionId is not null) return checkout;

        // Saved first, then Stripe: a retry after a lost answer sends identical parameters under the same Stripe
        // idempotency key and gets the same session back.
        var lines = await db.Bills.AsNoTracking().Where(b => checkout.Bills.Contains(b.Id)).Select(b => new { b.Id, b.Period }).ToListAsync(ct);
        var account2 = await ArrearsService.AccountAsync(db, unitId, ct);
        var options = SessionOptions(checkout, tenant, stripe.Options.PortalBaseUrl,
            checkout.Bills.Select(id => (Period: lines.FirstOrDefault(l => l.Id == id)?.Period ?? "", Open: account2.Bills.FirstOrDefault(b => b.BillId == id)?.Open ?? 0m)).ToList());
        Session session;
        try
        {
            session = await new SessionService(stripe.Client!).CreateAsync(options, StripeGateway.On(checkout.StripeAccountId, "checkout-" + checkout.Id), ct);
        }
        catch (StripeException)
        {
            throw new RuleException(OnlineErrors.StripeUnavailable, "unitId");
        }
        checkout.SessionId = session.Id;
        checkout.Url = session.Url;
        await db.SaveChangesAsync(ct);
        return checkout;
    }

    /// <summary>
    /// The open checkout holding exactly these bills; null when none holds any of them. Throws when some are held by
    /// a checkout for another set of bills: paying them twice at once is what the hold prevents.
    /// </summary>
    private static async Task<OnlineCheckout?> OpenForBillsAsync(TenantDbContext db, StripeGateway stripe, List<Guid> ids, DateTime now, CancellationToken ct)
    {
        var holders = await HoldersAsync(db, ids, ct);
        if (holders.Count > 0 && await ReleaseExpiredAsync(db, stripe, holders, now, ct)) holders = await HoldersAsync(db, ids, ct);
        if (holders.Count == 0) return null;
        if (holders.Count == 1)
        {
            var id = holders[0];
            var held = await db.Set<OnlineCheckoutBill>().AsNoTracking().Where(h => h.CheckoutId == id).Select(h => h.BillId).ToListAsync(ct);
            if (held.Count == ids.Count && held.All(ids.Contains)) return await db.Set<OnlineCheckout>().SingleAsync(c => c.Id == id, ct);
        }
        throw new RuleException(OnlineErrors.CheckoutOpenForBills, "billIds");
    }

    private static Task<List<Guid>> HoldersAsync(TenantDbContext db, List<Guid> ids, CancellationToken ct) =>
        db.Set<OnlineCheckoutBill>().AsNoTracking().Where(h => ids.Contains(h.BillId)).Select(h => h.CheckoutId).Distinct().ToListAsync(ct);

    /// <summary>
    /// A Stripe session lives at most 24 hours. A holder older than that whose checkout.session.expired never reached
    /// us would keep its bills for ever: Stripe is asked, and a session it reports expired releases them.
    /// </summary>
    private static async Task<bool> ReleaseExpiredAsync(TenantDbContext db, StripeGateway stripe, List<Guid> holders, DateTime now, CancellationToken ct)
    {
        var before = now - StripeSessionLifetime;
        var old = await db.Set<OnlineCheckout>().AsNoTracking()
            .Where(c => holders.Contains(c.Id) && c.Status == OnlineCheckoutStatus.Open && c.SessionId != null && c.CreatedAt < before).ToListAsync(ct);
        if (old.Count == 0 || stripe.Client is null) return false;
        var released = false;
        foreach (var c in old)
        {
            try
            {
                var session = await new SessionService(stripe.Client).GetAsync(c.SessionId, null, StripeGateway.On(c.StripeAccountId), ct);
                if (session.Status == "expired") released |= await MoveAsync(db, c.Id, OnlineCheckoutStatus.Expired, now, ct);
            }
            catch (StripeException) { /* no answer: it keeps its bills until Stripe's event or the next request */ }
        }
        return released;
    }

    public static readonly TimeSpan StripeSessionLifetime = TimeSpan.FromHours(24);

    /// <summary>Moves a checkout to <paramref name="to"/> when its transition table allows it, and lets go of its bills; false when it did not move.</summary>
    public static async Task<bool> MoveAsync(TenantDbContext db, Guid checkoutId, OnlineCheckoutStatus to, DateTime now, CancellationToken ct,
        string? paymentIntentId = null, Guid? paymentId = null)
    {
        var from = OnlineCheckoutTransitions.Table.From(to);
        var moved = await db.Set<OnlineCheckout>().Where(c => c.Id == checkoutId && from.Contains(c.Status)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, to).SetProperty(c => c.CompletedAt, now)
            .SetProperty(c => c.PaymentIntentId, c => paymentIntentId ?? c.PaymentIntentId).SetProperty(c => c.PaymentId, c => paymentId ?? c.PaymentId), ct);
        await db.Set<OnlineCheckoutBill>().Where(h => h.CheckoutId == checkoutId).ExecuteDeleteAsync(ct);
        return moved > 0;
    }

    private static SessionCreateOptions SessionOptions(OnlineCheckout c, string tenant, string portal, List<(string Period, decimal Open)> bills)
    {
        var metadata = new Dictionary<string, string> { ["tenant"] = tenant, ["unitId"] = c.UnitId.ToString(), ["checkoutId"] = c.Id.ToString() };
        // The line amounts were fixed when the checkout was made; if the bills changed since, one line carries the total.
        var items = bills.Sum(b => b.Open) == c.Amount && bills.All(b => b.Open > 0)
            ? bills.Select(b => Line(c.Currency, "物业费 Property fees " + b.Period, b.Open)).ToList()
            : [Line(c.Currency, "物业费 Property fees", c.Amount)];
        portal = portal.TrimEnd('/');
        return new SessionCreateOptions
        {
            Mode = "payment",
            // Stripe.net 53 pins an API version where allowed_payment_method_types replaces payment_method_types.
            AllowedPaymentMethodTypes = [.. MethodTypes],
            PaymentMethodOptions = new SessionPaymentMethodOptionsOptions { WechatPay = new SessionPaymentMethodOptionsWechatPayOptions { Client = "web" } },
            LineItems = items,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
            ClientReferenceId = c.Id.ToString(),
            SuccessUrl = $"{portal}/resident/bills/paid?checkout={c.Id}",
            CancelUrl = $"{portal}/resident/bills",
            Locale = "zh",
        };
    }

    private static SessionLineItemOptions Line(string currency, string name, decimal amount) => new()
    {
        Quantity = 1,
        PriceData = new SessionLineItemPriceDataOptions
        {
            Currency = currency.ToLowerInvariant(), UnitAmount = StripeGateway.ToMinor(amount),
            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = name },
        },
    };
}
