using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Tenancy;

/// 物业服务企业 — a property-management company served by this deployment; one row of the catalog.
public sealed class Tenant
{
    public Guid Id { get; set; } = Ids.New();
    public required string Slug { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public TenantStatus Status { get; set; } = TenantStatus.Provisioning;
    public string? StatusReason { get; set; }
    public DatabaseProvider Provider { get; set; }
    /// <summary>Name of an entry under <c>DatabaseServers</c> in configuration; credentials live there, never here.</summary>
    public required string Server { get; set; }
    public required string DatabaseName { get; set; }
    /// <summary>Id of the last migration applied to the company database.</summary>
    public string? SchemaVersion { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes the status through <see cref="TenantTransitions"/>.</summary>
    public void MoveTo(TenantStatus status)
    {
        TenantTransitions.Table.Ensure(Status, status);
        Status = status;
    }
}

public enum TenantStatus { Provisioning, Active, Suspended, Failed }

public enum DatabaseProvider { Sqlite, PostgreSql, SqlServer }
