namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

/// <summary>
/// 问题类型 — a category of a request type, as the company uses it. The defaults (<see cref="DefaultCategories"/>) apply
/// until the company edits or deactivates one: then its own row (same type and code) replaces the default; own
/// categories are rows with new codes.
/// </summary>
public sealed class ServiceCategory
{
    public Guid Id { get; set; } = Ids.New();
    public ServiceRequestType Type { get; set; }
    /// <summary>Stored on the request (ServiceRequest.Category), e.g. "C2" or "WATER".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
    public int SortOrder { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>
/// The company's own values of the urgency classes' limits (service-desk.md §6.5); a null value keeps the suggested
/// default. One row per company database.
/// </summary>
public sealed class DeskLimitSettings
{
    public int Id { get; set; } = 1;
    public int? EmergencyAcknowledgeMinutes { get; set; }
    public int? EmergencyOnSiteMinutes { get; set; }
    public int? OrdinaryAppointmentWorkingHours { get; set; }
    public int? OrdinaryOnSiteHours { get; set; }
    public int? CompletionWorkingDays { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>
/// 投诉渠道公示 — the complaint channels an estate publishes (service-desk.md §2 publication duty: telephone, fax, e-mail,
/// contact person, suggestion box; staffed 24 hours), shown to its residents in the portal.
/// </summary>
public sealed class PublishedChannels
{
    public Guid EstateId { get; set; }
    public string? Phone { get; set; }
    /// <summary>When the phone and desk are staffed, e.g. "24小时" or "08:30–17:30".</summary>
    public string? Hours { get; set; }
    public string? Email { get; set; }
    public string? Fax { get; set; }
    /// <summary>The service centre's address (and where the suggestion box is).</summary>
    public string? Address { get; set; }
    public string? ContactPerson { get; set; }
    /// <summary>The company headquarters' complaint line.</summary>
    public string? HqComplaintLine { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
