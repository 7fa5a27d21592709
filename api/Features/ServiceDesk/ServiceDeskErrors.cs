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
}
