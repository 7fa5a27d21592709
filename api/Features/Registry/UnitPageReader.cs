using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Registry;

/// <summary>
/// The staff unit list's page with buildings and owners, read by one hand-written statement. This is the hottest list
/// of the staff portal, and EF's materialisation of the same data costs about twice the read itself
/// (docs/benchmarks.md §2). It returns what the EF query in <see cref="RegistryQueries"/> returns — same rows,
/// same order, owners current first then newest — except that buildings carry only id, estate and name
/// (<see cref="Building.OnlyName"/>) and owners' people only id, name and phone (<see cref="Person.OnlyNameAndPhone"/>):
/// the list shows nothing else, and every column more in the sorted page made the statement dearer for PostgreSQL
/// (~0.15 ms each, docs/benchmarks.md §2). <c>UnitPageReaderTests</c> checks this on SQLite and PostgreSQL.
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

        // Built and run through EF's command pipeline, so logging, interceptors and diagnostics see it like any query;
        // EF opens the connection and joins the current transaction.
        var command = db.GetService<IRelationalCommandBuilderFactory>().Create();
        var parameters = DbProviderFactories.GetFactory(db.Database.GetDbConnection());
        var count = 0;
        string Param(object value)
        {
            var p = parameters.CreateParameter()!;
            p.ParameterName = "@p" + count++;
            p.Value = value;
            command.AddRawParameter(p.ParameterName, p);
            return p.ParameterName;
        }
        var where = new List<string>();
        if (scope is not null)
            where.Add(scope.Count == 0 ? "1 = 0" : $"u.\"EstateId\" IN ({string.Join(", ", scope.Select(e => Param(Key(e))))})");
        if (filter.EstateId is { } estate) where.Add($"u.\"EstateId\" = {Param(Key(estate))}");
        if (filter.BuildingId is { } buildingFilter) where.Add($"u.\"BuildingId\" = {Param(Key(buildingFilter))}");
        if (filter.Status is { } status) where.Add($"u.\"Status\" = {Param(status.ToString())}");
        if (filter.Usage is { } usage) where.Add($"u.\"Usage\" = {Param(usage.ToString())}");

        // The sort keys lead the page's columns, fixed-width first: PostgreSQL finds a column at a known offset only
        // while no variable-width column precedes it, and the top-N sort reads the keys of all 2,000 rows
        // (~0.2 ms less per page than the natural column order, docs/benchmarks.md §2).
        command.Append("""
            WITH page AS (
                SELECT u."Floor", u."Id", b."Name" AS "BuildingName", u."Number",
                       u."BuildingId", u."EstateId", u."BuildingArea", u."Usage", u."Status"
                FROM "Units" AS u
                JOIN "Buildings" AS b ON b."Id" = u."BuildingId"
            """);
        if (where.Count > 0) command.Append("\n    WHERE " + string.Join(" AND ", where));
        command.Append($"""

                ORDER BY b."Name", u."Floor", u."Number", u."Id"
                LIMIT {Param(take)} OFFSET {Param(skip)})
            SELECT p."Id", p."BuildingId", p."EstateId", p."Number", p."Floor", p."BuildingArea", p."Usage", p."Status",
                   p."BuildingName",
                   o."Id", o."PersonId", o."Share", o."StartDate", o."EndDate",
                   pe."Name", pe."Phone"
            FROM page AS p
            LEFT JOIN "Ownerships" AS o ON o."UnitId" = p."Id"
            LEFT JOIN "People" AS pe ON pe."Id" = o."PersonId"
            ORDER BY p."BuildingName", p."Floor", p."Number", p."Id", CASE WHEN o."EndDate" IS NULL THEN 0 ELSE 1 END, o."StartDate" DESC, o."Id"
            """);

        var units = new List<Unit>(take);
        var buildings = new Dictionary<Guid, Building>();
        await using var result = await command.Build().ExecuteReaderAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), new Dictionary<string, object?>(), null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);
        var r = result.DbDataReader;
        Unit? unit = null;
        while (await r.ReadAsync(ct))
        {
            var id = r.GetGuid(0);
            if (unit?.Id != id)
            {
                var buildingId = r.GetGuid(1);
                if (!buildings.TryGetValue(buildingId, out var building))
                    // A unit's estate is its building's: copied when the unit is created, and units never change building.
                    buildings[buildingId] = building = new Building { Id = buildingId, EstateId = r.GetGuid(2), Name = r.GetString(8), OnlyName = true };
                unit = new Unit
                {
                    Id = id, BuildingId = buildingId, Building = building, EstateId = r.GetGuid(2), Number = r.GetString(3), Floor = r.GetInt32(4),
                    BuildingArea = r.GetDecimal(5), Usage = Enum.Parse<UnitUsage>(r.GetString(6)), Status = Enum.Parse<UnitStatus>(r.GetString(7)),
                };
                units.Add(unit);
            }
            if (r.IsDBNull(9)) continue;
            var personId = r.GetGuid(10);
            unit.Ownerships.Add(new Ownership
            {
                Id = r.GetGuid(9), UnitId = id, PersonId = personId, Share = r.GetDecimal(11),
                StartDate = r.GetFieldValue<DateOnly>(12), EndDate = r.IsDBNull(13) ? null : r.GetFieldValue<DateOnly>(13),
                Person = new Person { Id = personId, Name = r.GetString(14), Phone = r.GetString(15), OnlyNameAndPhone = true },
            });
        }
        return units;
    }
}
