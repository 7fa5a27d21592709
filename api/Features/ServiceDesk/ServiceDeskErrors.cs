namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>The refusals of the service desk's rules, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class ServiceDeskErrors
{
    public static readonly ErrorKind StatusRefused = ErrorKind.Conflict("ServiceRequestStatusRefused", "SR_STATUS_REFUSED",
        "The service request's current status does not allow this step (a closed request can only be reopened).");
    public static readonly ErrorKind NotAssignee = ErrorKind.Conflict("NotServiceRequestAssignee", "SR_NOT_ASSIGNEE",
        "Only the assigned handler (or a member of the assigned department, or a supervisor) may take this step.");
    public static readonly ErrorKind DeadlineBindsHandler = ErrorKind.Conflict("DeadlineBindsHandler", "SR_DEADLINE_BINDS_HANDLER",
        "A deadline cannot be changed by the handler it binds.");
    public static readonly ErrorKind DeadlineNotOpen = ErrorKind.Conflict("DeadlineNotOpen", "SR_DEADLINE_NOT_OPEN",
        "The request has no running deadline of this kind (it was met, voided or never started).");
    public static readonly ErrorKind ReturnVisitRequired = ErrorKind.Conflict("ReturnVisitRequired", "SR_RETURN_VISIT_REQUIRED",
        "Repairs, complaints and home services close only after a satisfied return visit.");
    public static readonly ErrorKind SignOffRequired = ErrorKind.Conflict("SignOffRequired", "SR_SIGN_OFF_REQUIRED",
        "A repair or home service is visited back only after the customer signed off the work.");
    public static readonly ErrorKind FieldStepRefused = ErrorKind.Conflict("FieldStepRefused", "SR_FIELD_STEP_REFUSED",
        "On my way / arrived are recorded only on a request the handler accepted (or that was reopened) and has not started.");
    public static readonly ErrorKind ChargeStatusRefused = ErrorKind.Conflict("RepairChargeStatusRefused", "SR_CHARGE_STATUS_REFUSED",
        "The paid repair's price is not in a state that allows this step (e.g. a billed price cannot be quoted again).");
    public static readonly ErrorKind PriceNotConfirmed = ErrorKind.Conflict("RepairPriceNotConfirmed", "SR_PRICE_NOT_CONFIRMED",
        "Paid work starts (and completes) only after the resident confirmed the price.");
    public static readonly ErrorKind PriceChanged = ErrorKind.Conflict("RepairPriceChanged", "SR_PRICE_CHANGED",
        "The price was quoted again since it was shown: confirm the current total.");
    public static readonly ErrorKind NoPriceToConfirm = ErrorKind.Conflict("NoRepairPrice", "SR_NO_PRICE",
        "The request has no quoted price (it is free).");
    public static readonly ErrorKind QuoteAfterWorkStarted = ErrorKind.Conflict("QuoteAfterWorkStarted", "SR_QUOTE_AFTER_START",
        "A price is quoted before work starts (the resident confirms it first).");
    public static readonly ErrorKind NotChargeable = ErrorKind.Conflict("NotChargeable", "SR_NOT_CHARGEABLE",
        "Only repairs and home services can be paid.");
    public static readonly ErrorKind PaidRepairNeedsUnit = ErrorKind.Conflict("PaidRepairNeedsUnit", "SR_PAID_NEEDS_UNIT",
        "A paid repair is billed to a household: the request needs its unit (common areas are free).");
    public static readonly ErrorKind RepairFeeItemRequired = ErrorKind.Conflict("RepairFeeItemRequired", "SR_REPAIR_FEE_ITEM",
        "Choose the estate's one-off fee item the repair is billed under (the estate has none, or several).");
}
