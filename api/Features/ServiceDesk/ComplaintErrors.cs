namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>The refusals of the complaint, claim and visit rules (service-desk.md §7, §9), each its own schema type.</summary>
public static class ComplaintErrors
{
    public static readonly ErrorKind StatusRefused = ErrorKind.Conflict("ComplaintStatusRefused", "CP_STATUS_REFUSED",
        "The complaint's current state (§7.8) does not allow this step.");
    public static readonly ErrorKind NotOpen = ErrorKind.Conflict("ComplaintNotOpen", "CP_NOT_OPEN",
        "The complaint is closed or invalid: reopen it first.");
    public static readonly ErrorKind NotAComplaint = ErrorKind.Conflict("NotAComplaint", "CP_NOT_A_COMPLAINT",
        "Only a service request of type complaint has complaint steps.");
    public static readonly ErrorKind InvalidNeedsOpinion = ErrorKind.Invalid("InvalidNeedsOpinion", "CP_INVALID_NEEDS_OPINION",
        "An invalid complaint needs the department head's signed opinion (the reason).");
    public static readonly ErrorKind ExemptionRequired = ErrorKind.Conflict("ReturnVisitExemptionRequired", "CP_EXEMPTION_REQUIRED",
        "A complaint goes into the one-week observation only with a return-visit exemption.");
    public static readonly ErrorKind CategoryRequired = ErrorKind.Conflict("ComplaintCategoryRequired", "CP_CATEGORY_REQUIRED",
        "A complaint is closed only with its final category (§7.2).");
    public static readonly ErrorKind ReportNotDue = ErrorKind.Conflict("ComplaintReportNotDue", "CP_REPORT_NOT_DUE",
        "The complaint has no open report of this kind (it is not major / hot, or the report was already made).");
    public static readonly ErrorKind ClaimStatusRefused = ErrorKind.Conflict("ClaimStatusRefused", "CP_CLAIM_STATUS_REFUSED",
        "The claim's current state does not allow this step (approval needs the legal review; payment needs the approval).");
    public static readonly ErrorKind ClaimPaidOtherwise = ErrorKind.Conflict("ClaimPaidOtherwise", "CP_CLAIM_PAID_OTHERWISE",
        "The claim was already paid under another payment reference.");
    public static readonly ErrorKind VisitStatusRefused = ErrorKind.Conflict("VisitStatusRefused", "CP_VISIT_STATUS_REFUSED",
        "The visit's current state does not allow this step.");
    public static readonly ErrorKind HouseholdOptedOut = ErrorKind.Conflict("HouseholdOptedOutOfVisits", "CP_HOUSEHOLD_OPTED_OUT",
        "The household rejected visits (§9.4): none is planned without an override reason.");
    public static readonly ErrorKind DoorVisitTooSoon = ErrorKind.Invalid("DoorVisitTooSoon", "CP_DOOR_VISIT_TOO_SOON",
        "A door visit is agreed with the customer at least one day in advance (T-110).");
    public static readonly ErrorKind MonthlyReportSubmitted = ErrorKind.Conflict("MonthlyReportAlreadySubmitted", "CP_MONTHLY_REPORT_SUBMITTED",
        "The estate's complaint report for this month was already submitted.");
}
