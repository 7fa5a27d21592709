using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Jobs;
using static PropertySaaS.Api.Features.ServiceDesk.ServiceDeskScope;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>Steps on a complaint: a request step (<see cref="Step"/>) that also loads the complaint; not a complaint → typed refusal.</summary>
internal static class ComplaintStep
{
    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, Guid requestId, Check check,
        Func<ServiceRequest, Complaint, Actor, Task> act, CancellationToken ct) =>
        Step.RunAsync(rc, requestId, check, async (r, by) =>
        {
            await rc.Db.Entry(r).Reference(x => x.Complaint).LoadAsync(ct);
            if (r.Complaint is not { } c) throw new RuleException(ComplaintErrors.NotAComplaint, "requestId");
            await act(r, c, by);
        }, ct);

    /// <summary>CS head / supervisors: confirm or dismiss class flags, decide validity (department head's opinion).</summary>
    public static readonly Access Heads = Access.Roles(SupervisorRoles);
    /// <summary>The leader in charge (主管领导, organisation.md A12): the company's administrator in this product.</summary>
    public static readonly Access LeaderInCharge = Access.Roles(AppRoles.CompanyAdmin);
}

/// <summary>
/// Classifies a complaint (§7.2, §7.3): its final category, whether a service error caused it, the compensation claimed
/// and how many lodged it together; then the MAJOR and HOT rules run and start their report timers.
/// </summary>
public static class ClassifyComplaint
{
    public static readonly UseCase<ClassifyComplaintInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ClassifyComplaintInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        if (i.ClaimedAmount is { } amount) check.Positive(amount, "claimedAmount");
        if (i.Complainants is < 1 or > 1000) check.Invalid("complainants", "CP_COMPLAINANTS_RANGE");
        return ComplaintStep.RunAsync(rc, i.RequestId, check, async (r, c, by) =>
        {
            c.Category = i.Category;
            c.ServiceFault = i.ServiceFault;
            if (i.ClaimedAmount is not null) c.ClaimedAmount = i.ClaimedAmount;
            c.Complainants = i.Complainants ?? c.Complainants;
            r.Category = i.Category.ToString();
            r.Log(ServiceAction.Classified, by, rc.Now, $"{i.Category}; fault={i.ServiceFault}; claim={c.ClaimedAmount:0.00}; complainants={c.Complainants}");
            var calendar = await CalendarAsync(rc, r.EstateId, ct);
            ComplaintDesk.EvaluateMajor(r, c, rc.Now, calendar);
            await ComplaintDesk.EvaluateHotAsync(rc.Db, r, c, calendar, rc.Now, ct);
        }, ct);
    }
}

/// <summary>
/// The CS head confirms or dismisses a class by hand with a reason (§7.3 "confirms or dismisses with a reason"); from then
/// on the flag is staff's decision and the automatic rule leaves it alone. Raising starts the report timer.
/// </summary>
public static class FlagComplaint
{
    public static readonly UseCase<FlagComplaintInput, ServiceRequest> UseCase = new(ComplaintStep.Heads, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, FlagComplaintInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Step.Reason(check, i.Reason);
        return ComplaintStep.RunAsync(rc, i.RequestId, check, async (r, c, by) =>
        {
            var calendar = await CalendarAsync(rc, r.EstateId, ct);
            var reason = i.Reason.Trim();
            if (i.Flag == ComplaintFlag.Major)
            {
                (c.Major, c.MajorSource, c.MajorReason, c.MajorAt) = (i.Raised, ClassSource.Manual, reason, i.Raised ? c.MajorAt ?? rc.Now : null);
                if (i.Raised) ComplaintDesk.StartMajorReport(r, rc.Now, calendar);
                else Step.VoidOpen(r, rc.Now, ServiceDeadlineKind.MajorReport);
            }
            else
            {
                (c.Hot, c.HotSource, c.HotReason, c.HotAt) = (i.Raised, ClassSource.Manual, reason, i.Raised ? c.HotAt ?? rc.Now : null);
                if (i.Raised) ComplaintDesk.StartHotReport(r, rc.Now, calendar);
                else Step.VoidOpen(r, rc.Now, ServiceDeadlineKind.HotReport, ServiceDeadlineKind.HotCaseReport);
            }
            r.Log(ServiceAction.Classified, by, rc.Now, $"{i.Flag} {(i.Raised ? "raised" : "dismissed")}: {reason}");
        }, ct);
    }
}

/// <summary>
/// 有效 / 无效 (§7.3, 001 五 4.3.3): the department head decides. Invalid needs their signed opinion and moves the
/// complaint to INVALID (through INVALID_PROPOSED); valid on a proposed-invalid complaint sends it back to routing.
/// </summary>
public static class DecideComplaintValidity
{
    public static readonly UseCase<DecideComplaintValidityInput, ServiceRequest> UseCase = new(ComplaintStep.Heads, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, DecideComplaintValidityInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Reason, "opinion", 500, required: false);
        if (!i.Valid && string.IsNullOrWhiteSpace(i.Reason)) check.Fail(ComplaintErrors.InvalidNeedsOpinion, "reason");
        return ComplaintStep.RunAsync(rc, i.RequestId, check, (r, c, by) =>
        {
            var reason = i.Reason?.Trim();
            if (!i.Valid)
            {
                if (c.Status != ComplaintStatus.InvalidProposed) c.Move(r, ComplaintStatus.InvalidProposed, ServiceAction.ComplaintMoved, by, rc.Now, reason);
                c.Move(r, ComplaintStatus.Invalid, ServiceAction.ValidityDecided, by, rc.Now, reason);
                Step.VoidOpen(r, rc.Now, ServiceDeadlineKind.HandlingPlan, ServiceDeadlineKind.HandlingRecord);
            }
            else if (c.Status == ComplaintStatus.InvalidProposed) c.Move(r, ComplaintStatus.Routed, ServiceAction.ValidityDecided, by, rc.Now, reason);
            else r.Log(ServiceAction.ValidityDecided, by, rc.Now, reason);
            (c.Valid, c.ValidityReason, c.ValidityDecidedBy, c.ValidityDecidedAt) = (i.Valid, reason, by.UserId, rc.Now);
            return Task.CompletedTask;
        }, ct);
    }
}

/// <summary>
/// The handling plan replied to the customer (§7.6 E, T-81): INVESTIGATING → PLAN_REPLIED; meets the plan limit and the
/// first reply. Liability / group complaints should have the estate head's contact first (guidance, §7.8 flags).
/// </summary>
public static class RecordComplaintPlan
{
    public static readonly UseCase<RecordComplaintPlanInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, RecordComplaintPlanInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Plan, "plan", 2000, required: true);
        return ComplaintStep.RunAsync(rc, i.RequestId, check, (r, c, by) =>
        {
            c.Move(r, ComplaintStatus.PlanReplied, ServiceAction.PlanReplied, by, rc.Now, i.Plan.Trim());
            (c.Plan, c.PlanAt) = (i.Plan.Trim(), rc.Now);
            Step.Meet(r, rc.Now, ServiceDeadlineKind.HandlingPlan, ServiceDeadlineKind.Reply);
            return Task.CompletedTask;
        }, ct);
    }
}

/// <summary>
/// 顾客投诉处理记录表 (T-60): for a complaint open more than one working day — responsible person, corrective measures,
/// feedback given to the customer. May be updated; meets the handling-record limit.
/// </summary>
public static class RecordComplaintHandling
{
    public static readonly UseCase<RecordComplaintHandlingInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, RecordComplaintHandlingInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Responsible, "responsible", 100, required: true);
        Intake.Text(check, i.Measures, "measures", 2000, required: true);
        Intake.Text(check, i.Feedback, "feedback", 2000, required: false);
        return ComplaintStep.RunAsync(rc, i.RequestId, check, (r, c, by) =>
        {
            if (!c.IsOpen) throw new RuleException(ComplaintErrors.NotOpen, "requestId");
            (c.HandlingResponsible, c.HandlingMeasures, c.HandlingFeedback, c.HandlingRecordAt) = (i.Responsible.Trim(), i.Measures.Trim(), i.Feedback?.Trim(), rc.Now);
            r.Log(ServiceAction.HandlingRecorded, by, rc.Now, $"{c.HandlingResponsible}: {c.HandlingMeasures}");
            Step.Meet(r, rc.Now, ServiceDeadlineKind.HandlingRecord);
            return Task.CompletedTask;
        }, ct);
    }
}

/// <summary>
/// Moves a complaint along §7.8 (routing, investigation, negotiation, approval, handling, verification, escalation …)
/// through its table. The rules that go with the states live here once: HANDLED records the completion (and the hot case
/// report's week); VERIFIED goes to the return visit, or — with an exemption — to one week of observation, never to a
/// visit of a household that opted out; CLOSED needs the final category (and, from a due visit, a satisfied one).
/// </summary>
public static class AdvanceComplaint
{
    public static readonly UseCase<AdvanceComplaintInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, AdvanceComplaintInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Note, "notes", 2000, required: i.To is ComplaintStatus.Reopened or ComplaintStatus.InvalidProposed or ComplaintStatus.EscalatedHq);
        ComplaintStatus[] desk = [ComplaintStatus.Routed, ComplaintStatus.ResolvedOnSpot, ComplaintStatus.Verified, ComplaintStatus.ReturnVisitDue,
            ComplaintStatus.Observation, ComplaintStatus.Closed, ComplaintStatus.Reopened, ComplaintStatus.EscalatedHq];
        if (desk.Contains(i.To) && !rc.Viewer.HasAny(DeskRoles)) return Task.FromResult(Payload<ServiceRequest>.Fail(check.Fail(ServiceDeskErrors.NotAssignee, "to")));
        if (i.To is ComplaintStatus.Invalid) return Task.FromResult(Payload<ServiceRequest>.Fail(check.Fail(ComplaintErrors.InvalidNeedsOpinion, "to")));
        string? tenant = rc.Tenant?.Slug;
        DateTime? closeAt = null;
        var result = ComplaintStep.RunAsync(rc, i.RequestId, check, async (r, c, by) =>
        {
            var note = i.Note?.Trim();
            var to = i.To;
            if (i.Exemption is { } exemption) c.Exemption = exemption;
            if (to == ComplaintStatus.ReturnVisitDue && r.UnitId is { } unit && await rc.Db.VisitOptOuts.AnyAsync(o => o.UnitId == unit, ct))
                throw new RuleException(ComplaintErrors.HouseholdOptedOut, "to");
            if (to == ComplaintStatus.Observation && c.Exemption is null or ReturnVisitExemption.ResolvedOnSpot)
                throw new RuleException(ComplaintErrors.ExemptionRequired, "exemption");
            if (to == ComplaintStatus.Closed)
            {
                if (c.Category is null) throw new RuleException(ComplaintErrors.CategoryRequired, "to");
                // A due visit closes by a satisfied visit; exempt complaints close by the sweep after their week.
                if (c.Status == ComplaintStatus.ReturnVisitDue && r.ReturnVisitSatisfied != true) throw new RuleException(ServiceDeskErrors.ReturnVisitRequired, "to");
                if (c.Status is ComplaintStatus.Observation or ComplaintStatus.ResolvedOnSpot) throw ComplaintTransitions.Refused(c.Status, to, "to");
            }
            c.Move(r, to, ServiceAction.ComplaintMoved, by, rc.Now, note);
            var calendar = await CalendarAsync(rc, r.EstateId, ct);
            switch (to)
            {
                case ComplaintStatus.Routed or ComplaintStatus.Investigating or ComplaintStatus.InHandling:
                    Step.Meet(r, rc.Now, ServiceDeadlineKind.Reply);
                    break;
                case ComplaintStatus.ResolvedOnSpot or ComplaintStatus.Handled:
                    c.HandledAt = rc.Now;
                    if (to == ComplaintStatus.ResolvedOnSpot) c.Exemption = ReturnVisitExemption.ResolvedOnSpot;
                    Step.Meet(r, rc.Now, ServiceDeadlineKind.Reply, ServiceDeadlineKind.HandlingPlan, ServiceDeadlineKind.HandlingRecord);
                    if (c.Hot) r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.HotCaseReport, rc.Now, ServiceDeadlines.WeekAfter(rc.Now, calendar)));
                    // The request's own flow follows: work under way (or reopened by a repeat) is completed with the complaint.
                    if (r.Status is ServiceRequestStatus.Accepted or ServiceRequestStatus.Reopened)
                        r.Move(ServiceRequestStatus.InProgress, ServiceAction.Started, by, rc.Now, note);
                    if (ServiceRequestTransitions.Table.CanMove(r.Status, ServiceRequestStatus.Completed))
                    {
                        r.Move(ServiceRequestStatus.Completed, ServiceAction.Completed, by, rc.Now, note);
                        r.CompletedAt = rc.Now;
                    }
                    if (to == ComplaintStatus.ResolvedOnSpot) closeAt = Observe(r, c, rc.Now, calendar);
                    break;
                case ComplaintStatus.ReturnVisitDue:
                    if (!r.Deadlines.Any(d => d.IsOpen && d.Kind == ServiceDeadlineKind.ReturnVisit) && ServiceDeadlines.ReturnVisitDue(r.Type, rc.Now, calendar) is { } due)
                        r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.ReturnVisit, rc.Now, due));
                    break;
                case ComplaintStatus.Observation:
                    Step.VoidOpen(r, rc.Now, ServiceDeadlineKind.ReturnVisit);
                    closeAt = Observe(r, c, rc.Now, calendar);
                    break;
                case ComplaintStatus.Rework or ComplaintStatus.Reopened:
                    c.ClosedBy = null;
                    Step.VoidOpen(r, rc.Now, ServiceDeadlineKind.Observation, ServiceDeadlineKind.ReturnVisit);
                    break;
                case ComplaintStatus.Closed:
                    c.ClosedBy = r.ReturnVisitSatisfied == true ? ComplaintClosure.SatisfiedReturnVisit
                        : c.Valid == false ? ComplaintClosure.Invalid : ComplaintClosure.Hq;
                    ComplaintDesk.CloseRequest(r, rc.Now);
                    break;
            }
        }, ct);
        return ScheduleClosureAsync(rc, result, tenant, i.RequestId, () => closeAt, ct);
    }

    /// <summary>One week of observation from the completion of handling (T-93): the closure limit and its scheduled check.</summary>
    private static DateTime Observe(ServiceRequest r, Complaint c, DateTime now, Calendar.WorkingCalendar calendar)
    {
        var due = ServiceDeadlines.WeekAfter(c.HandledAt ?? now, calendar);
        r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.Observation, c.HandledAt ?? now, due));
        return due;
    }

    private static async Task<Payload<ServiceRequest>> ScheduleClosureAsync(RequestContext rc, Task<Payload<ServiceRequest>> step, string? tenant, Guid requestId,
        Func<DateTime?> closeAt, CancellationToken ct)
    {
        var payload = await step;
        if (!payload.HasErrors && closeAt() is { } at && tenant is not null)
            await rc.Services.GetRequiredService<TenantJobs>().ScheduleAtAsync<ComplaintSweepJob>(tenant, "close:" + requestId, ComplaintDesk.Utc(at), ct: ct);
        return payload;
    }
}

/// <summary>
/// A report to HQ quality and the leader in charge (§7.6 P): the major complaint's report (1 working day), the hot
/// complaint's report (1 week) and its case report after handling (1 week). Meets the limit; refused when none is open.
/// </summary>
public static class SubmitComplaintReport
{
    public static readonly UseCase<SubmitComplaintReportInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, SubmitComplaintReportInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Summary, "summary", 2000, required: true);
        if (i.Kind is not (ServiceDeadlineKind.MajorReport or ServiceDeadlineKind.HotReport or ServiceDeadlineKind.HotCaseReport))
            check.Fail(ComplaintErrors.ReportNotDue, "kind");
        return ComplaintStep.RunAsync(rc, i.RequestId, check, (r, c, by) =>
        {
            if (!r.Deadlines.Any(d => d.IsOpen && d.Kind == i.Kind)) throw new RuleException(ComplaintErrors.ReportNotDue, "kind");
            Step.Meet(r, rc.Now, i.Kind);
            r.Log(ServiceAction.ReportSubmitted, by, rc.Now, $"{i.Kind}: {i.Summary.Trim()}");
            return Task.CompletedTask;
        }, ct);
    }
}

/// <summary>
/// 索赔 (§7.11 step 1): the customer's claim on a complaint — amount in CNY and where liability lies. The claimed amount
/// feeds the MAJOR rule (a claim ≥ 1,000 元 arising from a service error).
/// </summary>
public static class RecordComplaintClaim
{
    public static readonly UseCase<RecordComplaintClaimInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, RecordComplaintClaimInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        check.Positive(i.Amount, "amount");
        Intake.Text(check, i.Liability, "liability", 1000, required: true);
        return ComplaintStep.RunAsync(rc, i.RequestId, check, async (r, c, by) =>
        {
            if (!c.IsOpen) throw new RuleException(ComplaintErrors.NotOpen, "requestId");
            rc.Db.ComplaintClaims.Add(new ComplaintClaim { RequestId = r.Id, EstateId = r.EstateId, Amount = i.Amount, Liability = i.Liability.Trim(), ReceivedAt = rc.Now });
            c.ClaimedAmount = i.Amount;
            if (i.ServiceFault is { } fault) c.ServiceFault = fault;
            r.Log(ServiceAction.ClaimRecorded, by, rc.Now, $"{i.Amount:0.00} CNY");
            ComplaintDesk.EvaluateMajor(r, c, rc.Now, await CalendarAsync(rc, r.EstateId, ct));
        }, ct);
    }
}

/// <summary>The claim steps after intake: legal review, the leader in charge's decision, payment through finance.</summary>
internal static class ClaimStep
{
    public static async Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, Guid claimId, Check check, Action<ComplaintClaim, ServiceRequest, Actor> act, CancellationToken ct)
    {
        var requestId = await rc.Db.ComplaintClaims.Where(x => x.Id == claimId).Select(x => (Guid?)x.RequestId).SingleOrDefaultAsync(ct);
        // The claim's request must be in the caller's scope: otherwise it does not exist for them.
        if (requestId is null || !await Requests(rc).AnyAsync(r => r.Id == requestId, ct))
            return Payload<ServiceRequest>.Fail(check.Missing("claimId", "NOT_FOUND", "entity.claim"));
        return await Step.RunAsync(rc, requestId.Value, check, async (r, by) =>
        {
            var claim = await rc.Db.ComplaintClaims.SingleAsync(x => x.Id == claimId, ct);
            act(claim, r, by);
        }, ct);
    }
}

/// <summary>律师意见 (§7.11 step 4): the legal review recorded on the claim; no approval without it.</summary>
public static class ReviewComplaintClaim
{
    public static readonly UseCase<ReviewComplaintClaimInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ReviewComplaintClaimInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.LegalOpinion, "legalOpinion", 2000, required: true);
        return ClaimStep.RunAsync(rc, i.ClaimId, check, (claim, r, by) =>
        {
            claim.Move(ClaimStatus.LegalReviewed);
            (claim.LegalOpinion, claim.LegalReviewedAt, claim.LegalReviewedBy) = (i.LegalOpinion.Trim(), rc.Now, by.UserId);
            r.Log(ServiceAction.ClaimDecided, by, rc.Now, "legal review: " + claim.LegalOpinion);
        }, ct);
    }
}

/// <summary>主管领导批复 (§7.11 step 7, organisation.md A12): the leader in charge approves or declines the compensation.</summary>
public static class DecideComplaintClaim
{
    public static readonly UseCase<DecideComplaintClaimInput, ServiceRequest> UseCase = new(ComplaintStep.LeaderInCharge, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, DecideComplaintClaimInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Note, "reason", 1000, required: !i.Approve);
        return ClaimStep.RunAsync(rc, i.ClaimId, check, (claim, r, by) =>
        {
            claim.Move(i.Approve ? ClaimStatus.Approved : ClaimStatus.Declined);
            (claim.DecisionNote, claim.DecidedAt, claim.DecidedBy) = (i.Note?.Trim(), rc.Now, by.UserId);
            r.Log(ServiceAction.ClaimDecided, by, rc.Now, $"{(i.Approve ? "approved" : "declined")} {claim.Amount:0.00} CNY {i.Note?.Trim()}");
        }, ct);
    }
}

/// <summary>
/// Finance paid the approved compensation (front desk never pays cash, §7.11): idempotent on the payment reference — the
/// same reference again changes nothing; another reference on a paid claim is refused.
/// </summary>
public static class PayComplaintClaim
{
    public static readonly UseCase<PayComplaintClaimInput, ServiceRequest> UseCase = new(ComplaintStep.LeaderInCharge, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, PayComplaintClaimInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.PaymentReference, "paymentReference", 100, required: true);
        return ClaimStep.RunAsync(rc, i.ClaimId, check, (claim, r, by) =>
        {
            var reference = i.PaymentReference.Trim();
            if (claim.Status == ClaimStatus.Paid)
            {
                if (claim.PaymentReference == reference) return;
                throw new RuleException(ComplaintErrors.ClaimPaidOtherwise, "paymentReference");
            }
            claim.Move(ClaimStatus.Paid);
            (claim.PaymentReference, claim.PaidAt) = (reference, rc.Now);
            r.Log(ServiceAction.ClaimPaid, by, rc.Now, $"{claim.Amount:0.00} CNY, {reference}");
        }, ct);
    }
}
