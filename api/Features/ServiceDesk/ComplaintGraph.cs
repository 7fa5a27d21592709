using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Jobs;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.ServiceDesk;

public enum ComplaintFlag { Major, Hot }

public sealed class ClassifyComplaintInput
{
    public Guid RequestId { get; set; }
    public ComplaintCategory Category { get; set; }
    public bool ServiceFault { get; set; }
    public decimal? ClaimedAmount { get; set; }
    public int? Complainants { get; set; }
}

public sealed class FlagComplaintInput
{
    public Guid RequestId { get; set; }
    public ComplaintFlag Flag { get; set; }
    public bool Raised { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class DecideComplaintValidityInput
{
    public Guid RequestId { get; set; }
    public bool Valid { get; set; }
    public string? Reason { get; set; }
}

public sealed class RecordComplaintPlanInput
{
    public Guid RequestId { get; set; }
    public string Plan { get; set; } = "";
}

public sealed class RecordComplaintHandlingInput
{
    public Guid RequestId { get; set; }
    public string Responsible { get; set; } = "";
    public string Measures { get; set; } = "";
    public string? Feedback { get; set; }
}

public sealed class AdvanceComplaintInput
{
    public Guid RequestId { get; set; }
    public ComplaintStatus To { get; set; }
    public ReturnVisitExemption? Exemption { get; set; }
    public string? Note { get; set; }
}

public sealed class SubmitComplaintReportInput
{
    public Guid RequestId { get; set; }
    public ServiceDeadlineKind Kind { get; set; }
    public string Summary { get; set; } = "";
}

public sealed class RecordComplaintClaimInput
{
    public Guid RequestId { get; set; }
    public decimal Amount { get; set; }
    public string Liability { get; set; } = "";
    public bool? ServiceFault { get; set; }
}

public sealed class ReviewComplaintClaimInput
{
    public Guid ClaimId { get; set; }
    public string LegalOpinion { get; set; } = "";
}

public sealed class DecideComplaintClaimInput
{
    public Guid ClaimId { get; set; }
    public bool Approve { get; set; }
    public string? Note { get; set; }
}

public sealed class PayComplaintClaimInput
{
    public Guid ClaimId { get; set; }
    public string PaymentReference { get; set; } = "";
}

public sealed class PlanCustomerVisitInput
{
    public Guid UnitId { get; set; }
    public Guid StaffMemberId { get; set; }
    public VisitKind Kind { get; set; }
    public VisitMode Mode { get; set; }
    public DateTime PlannedFor { get; set; }
    public string? OverrideReason { get; set; }
}

public sealed class BookCustomerVisitInput
{
    public Guid VisitId { get; set; }
    public DateTime? PlannedFor { get; set; }
}

public sealed class RecordCustomerVisitInput
{
    public Guid VisitId { get; set; }
    public bool Missed { get; set; }
    public string? Notes { get; set; }
    public int? Rating { get; set; }
}

public sealed class ReviewCustomerVisitInput
{
    public Guid VisitId { get; set; }
}

public sealed class SetVisitOptOutInput
{
    public Guid UnitId { get; set; }
    public bool OptedOut { get; set; }
    public string? Reason { get; set; }
}

public sealed class SubmitComplaintMonthlyReportInput
{
    public Guid EstateId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public string Analysis { get; set; } = "";
}

public sealed class ComplaintCategoryEnum : EnumerationGraphType
{
    public ComplaintCategoryEnum()
    {
        Name = "ComplaintCategory";
        // The codes of §7.2 as they are (C1 … C8), not constant-cased.
        foreach (var c in Enum.GetValues<ComplaintCategory>()) Add(c.ToString(), c);
        Description = "§7.2: C1 房屋管理类 building, C2 设备管理类 equipment, C3 安全管理类 security, C4 环境管理类 environment, C5 综合服务类 general services, " +
                      "C6 业户纠纷类 resident disputes, C7 地产相关类 developer-related, C8 其它类 other.";
    }
}
public sealed class ComplaintStatusEnum : EnumerationGraphType<ComplaintStatus> { public ComplaintStatusEnum() { Name = "ComplaintStatus"; Description = "§7.8 complaint states."; } }
public sealed class ClassSourceEnum : EnumerationGraphType<ClassSource> { public ClassSourceEnum() { Name = "ComplaintClassSource"; } }
public sealed class ComplaintFlagEnum : EnumerationGraphType<ComplaintFlag> { public ComplaintFlagEnum() { Name = "ComplaintFlag"; } }
public sealed class ReturnVisitExemptionEnum : EnumerationGraphType<ReturnVisitExemption> { public ReturnVisitExemptionEnum() { Name = "ReturnVisitExemption"; } }
public sealed class ComplaintClosureEnum : EnumerationGraphType<ComplaintClosure> { public ComplaintClosureEnum() { Name = "ComplaintClosure"; } }
public sealed class ClaimStatusEnum : EnumerationGraphType<ClaimStatus> { public ClaimStatusEnum() { Name = "ClaimStatus"; } }
public sealed class VisitKindEnum : EnumerationGraphType<VisitKind> { public VisitKindEnum() { Name = "VisitKind"; } }
public sealed class VisitModeEnum : EnumerationGraphType<VisitMode> { public VisitModeEnum() { Name = "VisitMode"; } }
public sealed class VisitStatusEnum : EnumerationGraphType<VisitStatus> { public VisitStatusEnum() { Name = "VisitStatus"; } }
public sealed class StaffPositionNameEnum : EnumerationGraphType<Staff.Position> { public StaffPositionNameEnum() { Name = "VisitorPosition"; } }

public sealed class ClassifyComplaintInputType : InputObjectGraphType<ClassifyComplaintInput>
{
    public ClassifyComplaintInputType()
    {
        Name = "ClassifyComplaintInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Category, type: typeof(NonNullGraphType<ComplaintCategoryEnum>)).Description("The final cause's category (§7.2).");
        Field(x => x.ServiceFault).Description("Caused by a property-service error (因物业服务工作失误).");
        Field(x => x.ClaimedAmount, nullable: true).Description("Compensation claimed, CNY.");
        Field(x => x.Complainants, nullable: true).Description("People who lodged it together (3 or more: HOT).");
    }
}

public sealed class FlagComplaintInputType : InputObjectGraphType<FlagComplaintInput>
{
    public FlagComplaintInputType()
    {
        Name = "FlagComplaintInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Flag, type: typeof(NonNullGraphType<ComplaintFlagEnum>));
        Field(x => x.Raised).Description("True raises (confirms) the class, false dismisses it.");
        Field(x => x.Reason);
    }
}

public sealed class DecideComplaintValidityInputType : InputObjectGraphType<DecideComplaintValidityInput>
{
    public DecideComplaintValidityInputType()
    {
        Name = "DecideComplaintValidityInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Valid);
        Field(x => x.Reason, nullable: true).Description("The department head's opinion; required for invalid.");
    }
}

public sealed class RecordComplaintPlanInputType : InputObjectGraphType<RecordComplaintPlanInput>
{
    public RecordComplaintPlanInputType()
    {
        Name = "RecordComplaintPlanInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Plan);
    }
}

public sealed class RecordComplaintHandlingInputType : InputObjectGraphType<RecordComplaintHandlingInput>
{
    public RecordComplaintHandlingInputType()
    {
        Name = "RecordComplaintHandlingInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Responsible);
        Field(x => x.Measures);
        Field(x => x.Feedback, nullable: true);
    }
}

public sealed class AdvanceComplaintInputType : InputObjectGraphType<AdvanceComplaintInput>
{
    public AdvanceComplaintInputType()
    {
        Name = "AdvanceComplaintInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.To, type: typeof(NonNullGraphType<ComplaintStatusEnum>));
        Field(x => x.Exemption, type: typeof(ReturnVisitExemptionEnum)).Description("Why no return visit is needed (for OBSERVATION).");
        Field(x => x.Note, nullable: true);
    }
}

public sealed class SubmitComplaintReportInputType : InputObjectGraphType<SubmitComplaintReportInput>
{
    public SubmitComplaintReportInputType()
    {
        Name = "SubmitComplaintReportInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<ServiceDeadlineKindEnum>)).Description("MAJOR_REPORT, HOT_REPORT or HOT_CASE_REPORT.");
        Field(x => x.Summary);
    }
}

public sealed class RecordComplaintClaimInputType : InputObjectGraphType<RecordComplaintClaimInput>
{
    public RecordComplaintClaimInputType()
    {
        Name = "RecordComplaintClaimInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Amount).Description("CNY, two decimal places.");
        Field(x => x.Liability);
        Field(x => x.ServiceFault, nullable: true);
    }
}

public sealed class ReviewComplaintClaimInputType : InputObjectGraphType<ReviewComplaintClaimInput>
{
    public ReviewComplaintClaimInputType()
    {
        Name = "ReviewComplaintClaimInput";
        Field(x => x.ClaimId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.LegalOpinion);
    }
}

public sealed class DecideComplaintClaimInputType : InputObjectGraphType<DecideComplaintClaimInput>
{
    public DecideComplaintClaimInputType()
    {
        Name = "DecideComplaintClaimInput";
        Field(x => x.ClaimId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Approve);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class PayComplaintClaimInputType : InputObjectGraphType<PayComplaintClaimInput>
{
    public PayComplaintClaimInputType()
    {
        Name = "PayComplaintClaimInput";
        Field(x => x.ClaimId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PaymentReference).Description("Finance's payment reference; the same again is the same payment.");
    }
}

public sealed class PlanCustomerVisitInputType : InputObjectGraphType<PlanCustomerVisitInput>
{
    public PlanCustomerVisitInputType()
    {
        Name = "PlanCustomerVisitInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StaffMemberId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<VisitKindEnum>));
        Field(x => x.Mode, type: typeof(NonNullGraphType<VisitModeEnum>));
        Field(x => x.PlannedFor);
        Field(x => x.OverrideReason, nullable: true).Description("Required to plan a visit of a household that opted out.");
    }
}

public sealed class BookCustomerVisitInputType : InputObjectGraphType<BookCustomerVisitInput>
{
    public BookCustomerVisitInputType()
    {
        Name = "BookCustomerVisitInput";
        Field(x => x.VisitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PlannedFor, nullable: true).Description("The agreed time; door visits at least one day ahead.");
    }
}

public sealed class RecordCustomerVisitInputType : InputObjectGraphType<RecordCustomerVisitInput>
{
    public RecordCustomerVisitInputType()
    {
        Name = "RecordCustomerVisitInput";
        Field(x => x.VisitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Missed, type: typeof(BooleanGraphType)).DefaultValue(false);
        Field(x => x.Notes, nullable: true);
        Field(x => x.Rating, nullable: true).Description("Satisfaction 1 (very dissatisfied) … 5 (very satisfied).");
    }
}

public sealed class ReviewCustomerVisitInputType : InputObjectGraphType<ReviewCustomerVisitInput>
{
    public ReviewCustomerVisitInputType()
    {
        Name = "ReviewCustomerVisitInput";
        Field(x => x.VisitId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class SetVisitOptOutInputType : InputObjectGraphType<SetVisitOptOutInput>
{
    public SetVisitOptOutInputType()
    {
        Name = "SetVisitOptOutInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.OptedOut);
        Field(x => x.Reason, nullable: true);
    }
}

public sealed class SubmitComplaintMonthlyReportInputType : InputObjectGraphType<SubmitComplaintMonthlyReportInput>
{
    public SubmitComplaintMonthlyReportInputType()
    {
        Name = "SubmitComplaintMonthlyReportInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Year);
        Field(x => x.Month);
        Field(x => x.Analysis);
    }
}

public sealed class ComplaintClaimGraphType : ObjectGraphType<ComplaintClaim>
{
    public ComplaintClaimGraphType()
    {
        Name = "ComplaintClaim";
        Description = "索赔 — a compensation claim on a complaint (§7.11).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Amount);
        Field(x => x.Currency);
        Field(x => x.Liability);
        Field(x => x.Status, type: typeof(NonNullGraphType<ClaimStatusEnum>));
        Field(x => x.ReceivedAt);
        Field(x => x.LegalOpinion, nullable: true);
        Field(x => x.LegalReviewedAt, nullable: true);
        Field(x => x.DecisionNote, nullable: true);
        Field(x => x.DecidedAt, nullable: true);
        Field(x => x.PaymentReference, nullable: true);
        Field(x => x.PaidAt, nullable: true);
    }
}

public sealed class ComplaintGraphType : ObjectGraphType<Complaint>
{
    public ComplaintGraphType()
    {
        Name = "Complaint";
        Description = "投诉 — the complaint side of a service request (§7): category, classes, validity, plan, handling record, claims.";
        Field(x => x.Status, type: typeof(NonNullGraphType<ComplaintStatusEnum>));
        Field(x => x.Category, type: typeof(ComplaintCategoryEnum));
        Field<StringGraphType>("categoryLabel").Resolve(c => c.Source.Category is { } cat ? Localization.Messages.Get(Rc(c).Culture, "complaint.category." + cat) : null);
        Field(x => x.Complainants);
        Field(x => x.Valid, nullable: true);
        Field(x => x.ValidityReason, nullable: true);
        Field(x => x.ServiceFault);
        Field(x => x.ClaimedAmount, nullable: true);
        Field(x => x.Major);
        Field(x => x.MajorSource, type: typeof(ClassSourceEnum));
        Field(x => x.MajorReason, nullable: true);
        Field(x => x.Hot);
        Field(x => x.HotSource, type: typeof(ClassSourceEnum));
        Field(x => x.HotReason, nullable: true);
        Field(x => x.Plan, nullable: true);
        Field(x => x.PlanAt, nullable: true);
        Field(x => x.HandlingResponsible, nullable: true);
        Field(x => x.HandlingMeasures, nullable: true);
        Field(x => x.HandlingFeedback, nullable: true);
        Field(x => x.HandlingRecordAt, nullable: true);
        Field(x => x.Exemption, type: typeof(ReturnVisitExemptionEnum));
        Field(x => x.HandledAt, nullable: true);
        Field(x => x.ClosedAt, nullable: true);
        Field(x => x.ClosedBy, type: typeof(ComplaintClosureEnum));
        Field(x => x.RepeatOfRequestId, type: typeof(IdGraphType)).Description("On a repeat: the complaint it repeats.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplaintClaimGraphType>>>>("claims")
            .Resolve(c => Rc(c).Loaders.Load<Guid, List<ComplaintClaim>>("cp.claims", c.Source.RequestId, async (ids, ct) =>
                (await Rc(c).Db.ComplaintClaims.AsNoTracking().Where(x => ids.Contains(x.RequestId)).ToListAsync(ct))
                    .GroupBy(x => x.RequestId).ToDictionary(g => g.Key, g => g.OrderBy(x => x.ReceivedAt).ToList()), []));
    }
}

public sealed class CustomerVisitGraphType : ObjectGraphType<CustomerVisit>
{
    public CustomerVisitGraphType()
    {
        Name = "CustomerVisit";
        Description = "走访 / 访谈 — a planned visit or interview of a household (§9).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StaffMemberId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<VisitKindEnum>));
        Field(x => x.Mode, type: typeof(NonNullGraphType<VisitModeEnum>));
        Field(x => x.Status, type: typeof(NonNullGraphType<VisitStatusEnum>));
        Field(x => x.PlannedFor);
        Field(x => x.BookedAt, nullable: true);
        Field(x => x.DoneAt, nullable: true);
        Field(x => x.Notes, nullable: true);
        Field(x => x.Rating, nullable: true);
        Field(x => x.OverrideReason, nullable: true);
    }
}

public sealed class VisitOptOutGraphType : ObjectGraphType<VisitOptOutResult>
{
    public VisitOptOutGraphType()
    {
        Name = "VisitOptOut";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.OptedOut);
        Field(x => x.Reason, nullable: true);
    }
}

public sealed class ComplaintMonthlyReportGraphType : ObjectGraphType<ComplaintMonthlyReport>
{
    public ComplaintMonthlyReportGraphType()
    {
        Name = "ComplaintMonthlyReport";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Year);
        Field(x => x.Month);
        Field(x => x.DueAt);
        Field(x => x.SubmittedAt, nullable: true);
        Field(x => x.Analysis, nullable: true);
    }
}

public sealed class LabelledCountGraphType : ObjectGraphType<LabelledCount>
{
    public LabelledCountGraphType()
    {
        Name = "LabelledCount";
        Field(x => x.Code);
        Field(x => x.Label);
        Field(x => x.Count);
    }
}

public sealed class MonthlyReportStateGraphType : ObjectGraphType<MonthlyReportState>
{
    public MonthlyReportStateGraphType()
    {
        Name = "MonthlyReportState";
        Field(x => x.DueAt).Description("Before the 28th: the end of the 28th, or of the working day before it.");
        Field(x => x.SubmittedAt, nullable: true);
        Field(x => x.State, type: typeof(NonNullGraphType<SlaStateEnum>));
    }
}

public sealed class ComplaintStatisticsGraphType : ObjectGraphType<ComplaintStatistics>
{
    public ComplaintStatisticsGraphType()
    {
        Name = "ComplaintStatistics";
        Description = "月度投诉统计 — an estate's complaints of a month under the counting rules of §7.6 R (repeats and invalid ones not counted).";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Year);
        Field(x => x.Month);
        Field(x => x.Total);
        Field(x => x.Major);
        Field(x => x.Hot);
        Field(x => x.Closed);
        Field(x => x.Open);
        Field(x => x.Invalid);
        Field(x => x.Repeats);
        Field(x => x.ClaimedAmount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelledCountGraphType>>>>("byCategory").Resolve(c => c.Source.ByCategory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelledCountGraphType>>>>("byChannel").Resolve(c => c.Source.ByChannel);
        Field<NonNullGraphType<MonthlyReportStateGraphType>>("report").Resolve(c => c.Source.Report);
    }
}

public sealed class VisitQuotaLineGraphType : ObjectGraphType<VisitQuotaLine>
{
    public VisitQuotaLineGraphType()
    {
        Name = "VisitQuotaLine";
        Field(x => x.StaffMemberId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Position, type: typeof(NonNullGraphType<StaffPositionNameEnum>));
        Field(x => x.Quota).Description("Households per month: estate head 2 (source); supervisors 4, CS staff 8 (suggested defaults).");
        Field(x => x.Done);
        Field(x => x.Planned);
    }
}

public sealed class ServiceKpiGraphType : ObjectGraphType<ServiceKpi>
{
    public ServiceKpiGraphType()
    {
        Name = "ServiceKpi";
        Description = "One KPI of kpis.md; value null (available false) when its data is missing — never a zero in its place.";
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.Value, nullable: true);
        Field(x => x.Numerator, nullable: true);
        Field(x => x.Denominator, nullable: true);
        Field(x => x.Unit);
        Field(x => x.Available);
    }
}

public sealed class CustomerVisitPayloadType() : PayloadType<CustomerVisitGraphType, CustomerVisit>("CustomerVisitPayload", "visit");
public sealed class VisitOptOutPayloadType() : PayloadType<VisitOptOutGraphType, VisitOptOutResult>("VisitOptOutPayload", "optOut");
public sealed class ComplaintMonthlyReportPayloadType() : PayloadType<ComplaintMonthlyReportGraphType, ComplaintMonthlyReport>("ComplaintMonthlyReportPayload", "report");

/// <summary>Complaints, claims, visits and service KPIs (service-desk.md §7, §9, §10; kpis.md).</summary>
public sealed class ComplaintsModule : FeatureModule
{
    public override int Order => 111;

    public override void AddServices(IHostApplicationBuilder builder) =>
        builder.Services.AddRecurringTenantJob<ComplaintSweepJob>("0 15 * * * ?", Notifications.ContactWindows.Zone);

    public override void AddQueries(ObjectGraphType query)
    {
        QueryArgument[] Month() =>
        [
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" },
            new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "year" },
            new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "month" },
        ];
        query.Field<ComplaintStatisticsGraphType>("complaintStatistics")
            .Description("月度投诉统计: counts by category and channel, classes, closure, and the monthly report's deadline (before the 28th). Null for an estate that is not the caller's.")
            .Arguments(Month())
            .Reads(Access.Staff, (rc, c) => ServiceKpis.StatisticsAsync(rc, c.GetArgument<Guid>("estateId"), c.GetArgument<int>("year"), c.GetArgument<int>("month"), c.CancellationToken));
        query.Field<ListGraphType<NonNullGraphType<VisitQuotaLineGraphType>>>("visitQuotas")
            .Description("Each visiting staff member's visits of the month against their quota (§9.3). Null for an estate that is not the caller's.")
            .Arguments(Month())
            .Reads(Access.Staff, (rc, c) => ServiceKpis.QuotasAsync(rc, c.GetArgument<Guid>("estateId"), c.GetArgument<int>("year"), c.GetArgument<int>("month"), c.CancellationToken));
        query.Field<ListGraphType<NonNullGraphType<ServiceKpiGraphType>>>("serviceKpis")
            .Description("The service KPIs of kpis.md the desk's data allows, for one estate-month. Null for an estate that is not the caller's.")
            .Arguments(Month())
            .Reads(Access.Staff, (rc, c) => ServiceKpis.KpisAsync(rc, c.GetArgument<Guid>("estateId"), c.GetArgument<int>("year"), c.GetArgument<int>("month"), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerVisitGraphType>>>>("customerVisits")
            .Description("An estate's visits planned for a month; empty for an estate that is not the caller's.")
            .Arguments(Month())
            .Reads(Access.Staff, async (rc, c) => await ServiceKpis.MonthAsync(rc, c.GetArgument<Guid>("estateId"), c.GetArgument<int>("year"), c.GetArgument<int>("month"), c.CancellationToken) is { } m
                ? await VisitScope.Visits(rc).AsNoTracking().Where(v => v.EstateId == m.EstateId && v.PlannedFor >= m.From && v.PlannedFor < m.To)
                    .OrderBy(v => v.PlannedFor).ThenBy(v => v.Id).ToListAsync(c.CancellationToken)
                : []);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        ServiceDeskGraph.Add<ClassifyComplaintInputType, ClassifyComplaintInput>(mutation, "classifyComplaint", ClassifyComplaint.UseCase, "Final category, service fault, claimed amount, complainants; runs the MAJOR and HOT rules.");
        ServiceDeskGraph.Add<FlagComplaintInputType, FlagComplaintInput>(mutation, "flagComplaint", FlagComplaint.UseCase, "The CS head raises or dismisses MAJOR / HOT by hand, with a reason.");
        ServiceDeskGraph.Add<DecideComplaintValidityInputType, DecideComplaintValidityInput>(mutation, "decideComplaintValidity", DecideComplaintValidity.UseCase, "有效/无效: invalid needs the department head's opinion.");
        ServiceDeskGraph.Add<RecordComplaintPlanInputType, RecordComplaintPlanInput>(mutation, "recordComplaintPlan", RecordComplaintPlan.UseCase, "The handling plan replied to the customer (within 2 working days).");
        ServiceDeskGraph.Add<RecordComplaintHandlingInputType, RecordComplaintHandlingInput>(mutation, "recordComplaintHandling", RecordComplaintHandling.UseCase, "The handling record of a complaint open more than one working day.");
        ServiceDeskGraph.Add<AdvanceComplaintInputType, AdvanceComplaintInput>(mutation, "advanceComplaint", AdvanceComplaint.UseCase, "Moves the complaint along §7.8.");
        ServiceDeskGraph.Add<SubmitComplaintReportInputType, SubmitComplaintReportInput>(mutation, "submitComplaintReport", SubmitComplaintReport.UseCase, "The major / hot report to HQ quality.");
        ServiceDeskGraph.Add<RecordComplaintClaimInputType, RecordComplaintClaimInput>(mutation, "recordComplaintClaim", RecordComplaintClaim.UseCase, "索赔: the customer's compensation claim.");
        ServiceDeskGraph.Add<ReviewComplaintClaimInputType, ReviewComplaintClaimInput>(mutation, "reviewComplaintClaim", ReviewComplaintClaim.UseCase, "The legal review of a claim.");
        ServiceDeskGraph.Add<DecideComplaintClaimInputType, DecideComplaintClaimInput>(mutation, "decideComplaintClaim", DecideComplaintClaim.UseCase, "The leader in charge approves or declines the compensation.");
        ServiceDeskGraph.Add<PayComplaintClaimInputType, PayComplaintClaimInput>(mutation, "payComplaintClaim", PayComplaintClaim.UseCase, "Finance paid the approved compensation (idempotent on the reference).");
        Visit<PlanCustomerVisitInputType, PlanCustomerVisitInput>(mutation, "planCustomerVisit", PlanCustomerVisit.UseCase, "Plan a visit or interview of a household.");
        Visit<BookCustomerVisitInputType, BookCustomerVisitInput>(mutation, "bookCustomerVisit", BookCustomerVisit.UseCase, "Agree the visit's time (door visits one day ahead).");
        Visit<RecordCustomerVisitInputType, RecordCustomerVisitInput>(mutation, "recordCustomerVisit", RecordCustomerVisit.UseCase, "The visit's record and satisfaction, or missed.");
        Visit<ReviewCustomerVisitInputType, ReviewCustomerVisitInput>(mutation, "reviewCustomerVisit", ReviewCustomerVisit.UseCase, "主管审阅: the supervisor reviews the record.");
        mutation.Field<NonNullGraphType<VisitOptOutPayloadType>>("setVisitOptOut").Description("拒绝回访: a household opts out of visits (or back in).")
            .Argument<NonNullGraphType<SetVisitOptOutInputType>>("input").RunsUseCase(SetVisitOptOut.UseCase);
        mutation.Field<NonNullGraphType<ComplaintMonthlyReportPayloadType>>("submitComplaintMonthlyReport").Description("The month's complaint analysis report to HQ quality (before the 28th).")
            .Argument<NonNullGraphType<SubmitComplaintMonthlyReportInputType>>("input").RunsUseCase(SubmitComplaintMonthlyReport.UseCase);
    }

    private static void Visit<TInputType, TInput>(ObjectGraphType mutation, string name, UseCase<TInput, CustomerVisit> useCase, string description)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<CustomerVisitPayloadType>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input").RunsUseCase(useCase);
}
