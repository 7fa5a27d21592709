using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Jobs;

/// <summary>
/// A unit of background work, stored in the catalog so any API replica can pick it up and none is lost on a crash.
/// A tenant job names its company explicitly: the worker never infers it from ambient state.
/// </summary>
public sealed class BackgroundJob
{
    public Guid Id { get; set; } = Ids.New();
    public required string Kind { get; set; }
    /// <summary>The company whose database the job works on; null only for catalog-level work.</summary>
    public string? TenantSlug { get; set; }
    public required string PayloadJson { get; set; }
    public JobStatus Status { get; set; } = JobStatus.Queued;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? Progress { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime RunAfter { get; set; }
    /// <summary>A claimed job whose lease runs out (its worker died) is picked up again.</summary>
    public DateTime? LeaseUntil { get; set; }
    public DateTime? FinishedAt { get; set; }
}

public enum JobStatus { Queued, Running, Succeeded, Failed }
