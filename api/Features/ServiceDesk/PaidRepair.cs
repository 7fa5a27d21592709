namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>Where a paid repair's price stands (service-desk.md §6.7); a free request has none.</summary>
public enum RepairChargeStatus { Quoted, Confirmed, Refused, Billed }

/// <summary>A quote line's kind (派工单: labour and material fees, §6.8).</summary>
public enum ChargeLineKind { Labour, Material }

/// <summary>维修收费明细 — one labour or material line of a paid repair's quote, CNY.</summary>
public sealed class ServiceChargeLine
{
    public Guid Id { get; set; } = Ids.New();
    public Guid RequestId { get; set; }
    /// <summary>1, 2, 3 … in the order quoted.</summary>
    public int Sequence { get; set; }
    public ChargeLineKind Kind { get; set; }
    public required string Description { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>
/// The price's one table: quoted (again, while work has not started) → confirmed by the resident or refused; a refused
/// price is quoted again by the desk; a confirmed one becomes a bill once, on completion.
/// </summary>
public static class RepairChargeTransitions
{
    public static readonly TransitionTable<RepairChargeStatus> Table = new(new Dictionary<RepairChargeStatus, RepairChargeStatus[]>
    {
        [RepairChargeStatus.Quoted] = [RepairChargeStatus.Quoted, RepairChargeStatus.Confirmed, RepairChargeStatus.Refused],
        [RepairChargeStatus.Refused] = [RepairChargeStatus.Quoted],
        // A new quote after confirmation (more work found before starting) needs the resident's confirmation again.
        [RepairChargeStatus.Confirmed] = [RepairChargeStatus.Quoted, RepairChargeStatus.Billed],
        [RepairChargeStatus.Billed] = [],
    }, refusal: ServiceDeskErrors.ChargeStatusRefused);
}

/// <summary>
/// The paid-repair rules of §6.7 in one place: the price is quoted with labour and material lines before work starts,
/// the resident accepts it (or refuses it, which sends the request back to the desk), work on a quoted request starts only
/// with a confirmed price, and the confirmed price is billed once.
/// </summary>
public static class PaidRepair
{
    /// <summary>Statuses before work starts: the only ones in which a price may be quoted.</summary>
    private static readonly ServiceRequestStatus[] BeforeWork =
        [ServiceRequestStatus.Received, ServiceRequestStatus.Dispatched, ServiceRequestStatus.Accepted, ServiceRequestStatus.Rejected, ServiceRequestStatus.Reopened];

    /// <summary>Called by every status move: paid work (started or completed) needs a price the resident confirmed.</summary>
    public static void EnsureWorkMayStart(ServiceRequest r, ServiceRequestStatus to)
    {
        if (to is ServiceRequestStatus.InProgress or ServiceRequestStatus.Completed && r.ChargeStatus is RepairChargeStatus.Quoted or RepairChargeStatus.Refused)
            throw new RuleException(ServiceDeskErrors.PriceNotConfirmed, "requestId");
    }

    /// <summary>Replaces the quote (lines already checked and rounded); the resident must confirm it again.</summary>
    public static void Quote(ServiceRequest r, Guid feeItemId, IReadOnlyList<(ChargeLineKind Kind, string Description, decimal Amount)> lines, Actor by, DateTime at)
    {
        if (r.Type is not (ServiceRequestType.Repair or ServiceRequestType.HomeService)) throw new RuleException(ServiceDeskErrors.NotChargeable, "requestId");
        if (r.UnitId is null) throw new RuleException(ServiceDeskErrors.PaidRepairNeedsUnit, "requestId");
        if (!BeforeWork.Contains(r.Status)) throw new RuleException(ServiceDeskErrors.QuoteAfterWorkStarted, "requestId");
        if (r.ChargeStatus is { } from) RepairChargeTransitions.Table.Ensure(from, RepairChargeStatus.Quoted, "requestId");
        r.ChargeStatus = RepairChargeStatus.Quoted;
        r.ChargeFeeItemId = feeItemId;
        r.ChargeLines.Clear();
        var n = 0;
        foreach (var (kind, description, amount) in lines)
            r.ChargeLines.Add(new ServiceChargeLine { RequestId = r.Id, Sequence = ++n, Kind = kind, Description = description, Amount = amount });
        r.ChargeTotal = r.ChargeLines.Sum(l => l.Amount);
        r.ChargeConfirmedAt = null;
        r.ChargeConfirmedBy = null;
        r.Log(ServiceAction.PriceQuoted, by, at, string.Join("; ", r.ChargeLines.Select(l => $"{l.Description} {l.Amount:0.00}")) + $" = {r.ChargeTotal:0.00}");
    }

    /// <summary>The resident accepts the price they were shown; a price changed since is refused (they confirm what they saw).</summary>
    public static void Confirm(ServiceRequest r, decimal shownTotal, string signer, Actor by, DateTime at)
    {
        if (r.ChargeStatus is not { } from) throw new RuleException(ServiceDeskErrors.NoPriceToConfirm, "requestId");
        RepairChargeTransitions.Table.Ensure(from, RepairChargeStatus.Confirmed, "requestId");
        if (r.ChargeTotal != shownTotal) throw new RuleException(ServiceDeskErrors.PriceChanged, "total", $"{r.ChargeTotal:0.00}");
        r.ChargeStatus = RepairChargeStatus.Confirmed;
        r.ChargeConfirmedAt = at;
        r.ChargeConfirmedBy = signer;
        r.Log(ServiceAction.PriceConfirmed, by, at, $"{signer}: {r.ChargeTotal:0.00}");
    }

    /// <summary>
    /// The resident refuses the price: it goes back to the desk, which quotes again (or has the desk reassign or cancel
    /// the request); until a new price is confirmed the paid work cannot start. The request keeps its status and handler
    /// (the table has no "accepted → rejected": a handler who accepted cannot send it back).
    /// </summary>
    public static void Refuse(ServiceRequest r, string reason, string signer, Actor by, DateTime at)
    {
        if (r.ChargeStatus is not { } from) throw new RuleException(ServiceDeskErrors.NoPriceToConfirm, "requestId");
        RepairChargeTransitions.Table.Ensure(from, RepairChargeStatus.Refused, "requestId");
        r.ChargeStatus = RepairChargeStatus.Refused;
        r.Log(ServiceAction.PriceRefused, by, at, $"{signer}: {reason}");
    }

    /// <summary>
    /// On completion the confirmed price becomes the household's one-off bill — once: a billed request is never billed
    /// again (completing again after a reopen), and the bill's source (the request) is unique per unit and month.
    /// </summary>
    public static Billing.Bill? BillOnCompletion(TenantDbContext db, ServiceRequest r, string feeItemName, Actor by, DateTime at)
    {
        if (r.ChargeStatus != RepairChargeStatus.Confirmed) return null;
        RepairChargeTransitions.Table.Ensure(RepairChargeStatus.Confirmed, RepairChargeStatus.Billed, "requestId");
        var lines = r.ChargeLines.OrderBy(l => l.Sequence)
            .Select(l => new Billing.OneOffBills.Line(r.ChargeFeeItemId!.Value, $"{r.Number} {l.Description}", 1, l.Amount)).ToList();
        var bill = Billing.OneOffBills.Issue(db, r.UnitId!.Value, r.EstateId, lines, $"{feeItemName} {r.Number}", by.UserId, at, chargeOf: r.Id);
        r.ChargeStatus = RepairChargeStatus.Billed;
        r.ChargeBillId = bill.Id;
        r.Log(ServiceAction.Charged, by, at, $"{bill.Total:0.00}");
        return bill;
    }
}
