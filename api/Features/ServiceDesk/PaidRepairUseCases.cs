using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Payments;
using static PropertySaaS.Api.Features.ServiceDesk.ServiceDeskScope;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// Who signs for the resident: in the portal the resident themself (their name from the registry); on the engineer's
/// phone the handler (or the desk) hands the phone over, and the resident types their name and ticks the confirmation —
/// a name and a tick, not a drawn signature: a drawing on a shared phone proves no more than the tick (the signer is not
/// authenticated either way), the name and the handler's login are in the timeline, and a tick works for everyone.
/// </summary>
internal static class Signer
{
    public static void Check(RequestContext rc, Check check, string? signerName, bool confirmed)
    {
        if (rc.Viewer.IsResident) { Intake.Text(check, signerName, "signerName", 50, required: false); return; }
        if (string.IsNullOrWhiteSpace(signerName)) check.Invalid("signerName", "SR_SIGNER_REQUIRED");
        else Intake.Text(check, signerName, "signerName", 50, required: true);
        if (!confirmed) check.Invalid("confirmed", "SR_CONFIRM_REQUIRED");
    }

    /// <summary>The signer's name; staff recording it must be the request's handler or the desk.</summary>
    public static async Task<string> NameAsync(RequestContext rc, ServiceRequest r, string? signerName, CancellationToken ct)
    {
        if (!rc.Viewer.IsResident)
        {
            if (!rc.Viewer.HasAny(DeskRoles)) await EnsureHandlerAsync(rc, r, ct);
            return signerName!.Trim();
        }
        if (signerName is { Length: > 0 } n && n.Trim().Length > 0) return n.Trim();
        return await rc.Db.People.AsNoTracking().Where(p => p.Id == rc.Viewer.PersonId).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? rc.Viewer.Name;
    }
}

/// <summary>
/// 报价 (§6.7): the handler (or the desk) quotes a paid repair's labour and material lines before work starts; the request
/// becomes paid and waits for the resident's confirmation. Quoting again replaces the lines and needs a new confirmation.
/// </summary>
public static class QuoteRepairPrice
{
    public static readonly UseCase<QuoteRepairPriceInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static async Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, QuoteRepairPriceInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        if (i.Lines is not { Count: > 0 and <= 20 }) check.Invalid("lines", "SR_CHARGE_LINES_REQUIRED");
        foreach (var (line, n) in (i.Lines ?? []).Select((l, n) => (l, n)))
        {
            Intake.Text(check, line.Description, $"lines.{n}.description", 80, required: true);
            if (line.Amount <= 0) check.Invalid($"lines.{n}.amount", "MUST_BE_POSITIVE", "sd.field.amount");
            else if (Money.Round(line.Amount) != line.Amount) check.Invalid($"lines.{n}.amount", "TWO_DECIMALS", "sd.field.amount");
        }
        var total = (i.Lines ?? []).Sum(l => l.Amount);
        if (!check.Failed) await MoneyLimits.CheckAsync(check, rc.Db, MoneyLimit.Payment, total, "lines", "sd.field.amount", ct);
        // The fee item it is billed under: the one given (of the request's estate), else the estate's only one-off item.
        var estate = await Requests(rc).Where(r => r.Id == i.RequestId).Select(r => (Guid?)r.EstateId).SingleOrDefaultAsync(ct);
        var items = rc.Db.FeeItems.AsNoTracking().Where(f => f.EstateId == estate && f.Kind == FeeKind.OneOff);
        var feeItems = await (i.FeeItemId is { } id ? items.Where(f => f.Id == id) : items).Select(f => f.Id).Take(2).ToListAsync(ct);
        if (estate is not null && i.FeeItemId is not null && feeItems.Count == 0) check.Missing("feeItemId", "NOT_FOUND", "entity.feeItem");
        return await Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
        {
            if (!rc.Viewer.HasAny(DeskRoles)) await EnsureHandlerAsync(rc, r, ct);
            if (feeItems.Count != 1) throw new RuleException(ServiceDeskErrors.RepairFeeItemRequired, "feeItemId");
            await rc.Db.Entry(r).Collection(x => x.ChargeLines).LoadAsync(ct);
            PaidRepair.Quote(r, feeItems[0], i.Lines!.Select(l => (l.Kind, l.Description.Trim(), l.Amount)).ToList(), by, rc.Now);
            rc.Db.AddRange(r.ChargeLines);
        }, ct);
    }
}

/// <summary>The resident accepts the quoted price (in the portal, or on the engineer's phone) before work starts.</summary>
public static class ConfirmRepairPrice
{
    public static readonly UseCase<ConfirmRepairPriceInput, ServiceRequest> UseCase = new(Access.CompanyMembers, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ConfirmRepairPriceInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Signer.Check(rc, check, i.SignerName, i.Confirmed);
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
            PaidRepair.Confirm(r, i.Total, await Signer.NameAsync(rc, r, i.SignerName, ct), by, rc.Now), ct);
    }
}

/// <summary>The resident refuses the quoted price, with a reason: the request goes back to the desk.</summary>
public static class RefuseRepairPrice
{
    public static readonly UseCase<RefuseRepairPriceInput, ServiceRequest> UseCase = new(Access.CompanyMembers, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, RefuseRepairPriceInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Step.Reason(check, i.Reason);
        Signer.Check(rc, check, i.SignerName, confirmed: true);
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
            PaidRepair.Refuse(r, i.Reason.Trim(), await Signer.NameAsync(rc, r, i.SignerName, ct), by, rc.Now), ct);
    }
}
