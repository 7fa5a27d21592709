namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

/// <summary>The refusals of the desk settings' rules, each its own schema type.</summary>
public static class DeskSettingsErrors
{
    public static readonly ErrorKind LimitsOutOfOrder = ErrorKind.Invalid("UrgencyLimitsOutOfOrder", "DS_LIMITS_OUT_OF_ORDER",
        "An emergency is acknowledged before the technician is on site: the acknowledge limit cannot be longer than the on-site limit.");
    public static readonly ErrorKind EscalationStepsOutOfOrder = ErrorKind.Invalid("EscalationStepsOutOfOrder", "DS_ESCALATION_STEPS_ORDER",
        "The estate manager is the next step after the CS head: their step cannot come before the CS head's.");
    public static readonly ErrorKind NoPublishedPhone = ErrorKind.Invalid("PublishedPhoneRequired", "DS_CHANNEL_PHONE_REQUIRED",
        "An estate publishes at least its complaint telephone (service-desk.md §2 publication duty).");
}
