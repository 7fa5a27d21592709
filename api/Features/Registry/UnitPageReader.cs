using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Registry;

/// <summary>
/// The staff unit list's page with buildings and owners, read by one hand-written statement. This is the hottest list
/// of the staff portal, and EF's materialisation of the same data costs about twice the read itself
/// (docs/benchmarks.md §2). It returns exactly what the EF query in <see cref="RegistryQueries"/> returns — same rows,
/// same order, owners current first then newest — which <c>UnitPageReaderTests</c> checks on SQLite and PostgreSQL.
/// Search and SQL Server stay on the EF query.
/// </summary>
public static class UnitPageReader
{
    public static bool Supports(TenantDbContext db, UnitFilter filter) =>
        string.IsNullOrWhiteSpace(filter.Search) && (db.Database.IsNpgsql() || db.Database.IsSqlite());

    public static async Task<List<Unit>> ReadAsync(TenantDbContext db, UnitFilter filter, IReadOnlySet<Guid>? scope, int skip, int take, CancellationToken ct)
    {
        // EF stores Guids in SQLite as upper-case text; a Guid parameter would be bound as a blob and match nothing.
        var sqlite = db.Database.IsSqlite();
        object Key(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var where = new List<string>();
            string Param(object value)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "@p" + cmd.Parameters.Count;
                p.Value = value;
                cmd.Parameters.Add(p);
                return p.ParameterName;
            }
            if (scope is not null)
                where.Add(scope.Count == 0 ? "1 = 0" : $"u.\"EstateId\" IN ({string.Join(", ", scope.Select(e => Param(Key(e))))})");
            if (filter.EstateId is { } estate) where.Add($"u.\"EstateId\" = {Param(Key(estate))}");
            if (filter.BuildingId is { } buildingFilter) where.Add($"u.\"BuildingId\" = {Param(Key(buildingFilter))}");
            if (filter.Status is { } status) where.Add($"u.\"Status\" = {Param(status.ToString())}");
            if (filter.Usage is { } usage) where.Add($"u.\"Usage\" = {Param(usage.ToString())}");

            var sql = new StringBuilder("""
                WITH page AS (
                    SELECT u."Id", u."BuildingId", u."EstateId", u."Number", u."Floor", u."BuildingArea", u."Usage", u."Status",
                           b."EstateId" AS "BuildingEstateId", b."Name" AS "BuildingName", b."Floors" AS "BuildingFloors"
                    FROM "Units" AS u
                    JOIN "Buildings" AS b ON b."Id" = u."BuildingId"
                """);
            if (where.Count > 0) sql.Append("\n    WHERE ").AppendJoin(" AND ", where);
            sql.Append($"""

                    ORDER BY b."Name", u."Floor", u."Number", u."Id"
                    LIMIT {Param(take)} OFFSET {Param(skip)})
                SELECT p."Id", p."BuildingId", p."EstateId", p."Number", p."Floor", p."BuildingArea", p."Usage", p."Status",
                       p."BuildingEstateId", p."BuildingName", p."BuildingFloors",
                       o."Id", o."PersonId", o."Share", o."StartDate", o."EndDate",
                       pe."Name", pe."Phone", pe."PhoneLast4", pe."IdNumber", pe."EmergencyContactName", pe."EmergencyContactPhone", pe."CreatedAt"
                FROM page AS p
                LEFT JOIN "Ownerships" AS o ON o."UnitId" = p."Id"
                LEFT JOIN "People" AS pe ON pe."Id" = o."PersonId"
                ORDER BY p."BuildingName", p."Floor", p."Number", p."Id", CASE WHEN o."EndDate" IS NULL THEN 0 ELSE 1 END, o."StartDate" DESC, o."Id"
                """);
            cmd.CommandText = sql.ToString();

            var units = new List<Unit>(take);
            var buildings = new Dictionary<Guid, Building>();
            await using var r = await cmd.ExecuteReaderAsync(ct);
            Unit? unit = null;
            while (await r.ReadAsync(ct))
            {
                var id = r.GetGuid(0);
                if (unit?.Id != id)
                {
                    var buildingId = r.GetGuid(1);
                    if (!buildings.TryGetValue(buildingId, out var building))
                        buildings[buildingId] = building = new Building { Id = buildingId, EstateId = r.GetGuid(8), Name = r.GetString(9), Floors = r.GetInt32(10) };
                    unit = new Unit
                    {
                        Id = id, BuildingId = buildingId, Building = building, EstateId = r.GetGuid(2), Number = r.GetString(3), Floor = r.GetInt32(4),
                        BuildingArea = r.GetDecimal(5), Usage = Enum.Parse<UnitUsage>(r.GetString(6)), Status = Enum.Parse<UnitStatus>(r.GetString(7)),
                    };
                    units.Add(unit);
                }
                if (r.IsDBNull(11)) continue;
                var personId = r.GetGuid(12);
                unit.Ownerships.Add(new Ownership
                {
                    Id = r.GetGuid(11), UnitId = id, PersonId = personId, Share = r.GetDecimal(13),
                    StartDate = r.GetFieldValue<DateOnly>(14), EndDate = r.IsDBNull(15) ? null : r.GetFieldValue<DateOnly>(15),
                    Person = new Person
                    {
                        Id = personId, Name = r.GetString(16), Phone = r.GetString(17), PhoneLast4 = r.GetString(18), IdNumber = NullableString(r, 19),
                        EmergencyContactName = NullableString(r, 20), EmergencyContactPhone = NullableString(r, 21), CreatedAt = r.GetFieldValue<DateTime>(22),
                    },
                });
            }
            return units;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
