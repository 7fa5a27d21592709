using System.Data.Common;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Registry;

/// <summary>
/// The optional columns of a unit page: what the caller's selection shows, nothing more. Each column more in the sorted
/// page, and every joined table, costs PostgreSQL time for all 2,000 rows it sorts or hashes, not just for the 100 it
/// returns (docs/benchmarks.md §2). Id, number, floor, area, status and building name are always read.
/// </summary>
public sealed record UnitPageColumns
{
    public bool Usage { get; init; }
    /// <summary>The unit's estate id, for <c>estate</c>.</summary>
    public bool Estate { get; init; }
    /// <summary>The building's id and estate, for any building field beyond its name.</summary>
    public bool BuildingIdentity { get; init; }
    public bool Owners { get; init; }
    public bool OwnershipId { get; init; }
    public bool Share { get; init; }
    public bool StartDate { get; init; }
    public bool EndDate { get; init; }
    /// <summary>The owner's name and phone (joins People).</summary>
    public bool Person { get; init; }
    /// <summary>The owner's id, for any person field beyond name and masked phone (the rest is then loaded by id).</summary>
    public bool PersonIdentity { get; init; }

    public static readonly UnitPageColumns All = new()
    {
        Usage = true, Estate = true, BuildingIdentity = true, Owners = true, OwnershipId = true, Share = true,
        StartDate = true, EndDate = true, Person = true, PersonIdentity = true,
    };

    /// <summary>
    /// The columns the nodes selected by <paramref name="ctx"/> need. A field not named here (a new one) reads
    /// everything, so that a resolver never sees a column that was not read.
    /// </summary>
    public static UnitPageColumns For(IResolveFieldContext ctx)
    {
        if (Selections.NodeFields(ctx) is not { } fields) return All;
        var doc = ctx.Document;
        var c = new UnitPageColumns();
        foreach (var f in fields)
        {
            switch (f.Name.StringValue)
            {
                case "__typename" or "id" or "number" or "floor" or "buildingArea" or "status" or "tenancies" or "members":
                    break;
                case "usage":
                    c = c with { Usage = true };
                    break;
                case "estate":
                    c = c with { Estate = true };
                    break;
                case "building":
                    if (Selections.FieldsOf(f.SelectionSet, doc) is not { } building) return All;
                    if (building.Any(b => b.Name.StringValue is not ("__typename" or "name"))) c = c with { BuildingIdentity = true };
                    break;
                case "owners":
                    if (Selections.FieldsOf(f.SelectionSet, doc) is not { } owners) return All;
                    c = c with { Owners = true };
                    foreach (var o in owners)
                    {
                        switch (o.Name.StringValue)
                        {
                            case "__typename": break;
                            case "id": c = c with { OwnershipId = true }; break;
                            case "share": c = c with { Share = true }; break;
                            case "startDate": c = c with { StartDate = true }; break;
                            case "endDate" or "current": c = c with { EndDate = true }; break;
                            case "person":
                                if (Selections.FieldsOf(o.SelectionSet, doc) is not { } person) return All;
                                c = c with { Person = true };
                                if (person.Any(p => p.Name.StringValue is not ("__typename" or "name" or "phoneMasked"))) c = c with { PersonIdentity = true };
                                break;
                            default: return All;
                        }
                    }
                    break;
                default:
                    return All;
            }
        }
        return c;
    }
}

/// <summary>
/// The staff unit list's page, with its buildings and, when asked, its owners, read by one hand-written statement.
/// This is the hottest list of the staff portal, and EF's materialisation of the same data costs about twice the read
/// itself (docs/benchmarks.md §2). It returns what the EF query in <see cref="RegistryQueries"/> returns — same rows,
/// same order, owners current first then newest — with only the columns of <see cref="UnitPageColumns"/>: buildings
/// carry their name (and id and estate when asked, <see cref="Building.OnlyName"/>), owners' people name and phone (and
/// id when asked, <see cref="Person.OnlyNameAndPhone"/>); columns not read keep their defaults.
/// <c>UnitPageReaderTests</c> checks this on SQLite and PostgreSQL, against the EF query and, per selection, against
/// the same fields read one unit at a time. Search, residents' scopes and SQL Server stay on the EF query.
/// </summary>
public static class UnitPageReader
{
    // The provider by the context's class: EF's IsNpgsql()/IsSqlite() look the provider's assembly name up on every call.
    public static bool Supports(TenantDbContext db, UnitFilter filter, UnitScope scope) =>
        string.IsNullOrWhiteSpace(filter.Search) && scope is not UnitScope.Resident && db is PostgreSqlTenantDbContext or SqliteTenantDbContext;

    public static async Task<List<Unit>> ReadAsync(TenantDbContext db, UnitFilter filter, UnitScope scope, UnitPageColumns columns,
        int skip, int take, CancellationToken ct)
    {
        // EF stores Guids in SQLite as upper-case text; a Guid parameter would be bound as a blob and match nothing.
        var sqlite = db is SqliteTenantDbContext;
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
        // The caller's scope by the one rule (UnitScope), rendered as SQL.
        if (scope.Sql("u.\"EstateId\"", e => Param(Key(e))) is { } inScope) where.Add(inScope);
        if (filter.EstateId is { } estate) where.Add($"u.\"EstateId\" = {Param(Key(estate))}");
        if (filter.BuildingId is { } buildingFilter) where.Add($"u.\"BuildingId\" = {Param(Key(buildingFilter))}");
        if (filter.Status is { } status) where.Add($"u.\"Status\" = {Param(status.ToString())}");
        if (filter.Usage is { } usage) where.Add($"u.\"Usage\" = {Param(usage.ToString())}");

        // The sort keys lead the page's columns, fixed-width first: PostgreSQL finds a column at a known offset only
        // while no variable-width column precedes it, and the top-N sort reads the keys of all 2,000 rows
        // (~0.2 ms less per page than the natural column order, docs/benchmarks.md §2).
        var pageColumns = new List<string> { "u.\"Floor\"", "u.\"Id\"", "b.\"Name\" AS \"BuildingName\"", "u.\"Number\"" };
        var readEstate = columns.Estate || columns.BuildingIdentity;
        if (columns.BuildingIdentity) pageColumns.Add("u.\"BuildingId\"");
        if (readEstate) pageColumns.Add("u.\"EstateId\"");
        pageColumns.AddRange(["u.\"BuildingArea\"", "u.\"Status\""]);
        if (columns.Usage) pageColumns.Add("u.\"Usage\"");

        // Result columns by name; an ordinal of -1 is a column this selection does not read.
        var selected = new List<string>();
        int Read(bool wanted, string column)
        {
            if (!wanted) return -1;
            selected.Add(column);
            return selected.Count - 1;
        }
        int iId = Read(true, "p.\"Id\""), iNumber = Read(true, "p.\"Number\""), iFloor = Read(true, "p.\"Floor\""),
            iArea = Read(true, "p.\"BuildingArea\""), iStatus = Read(true, "p.\"Status\""), iBuildingName = Read(true, "p.\"BuildingName\""),
            iBuildingId = Read(columns.BuildingIdentity, "p.\"BuildingId\""), iEstateId = Read(readEstate, "p.\"EstateId\""),
            iUsage = Read(columns.Usage, "p.\"Usage\"");
        var owners = columns.Owners;
        var people = owners && (columns.Person || columns.PersonIdentity);
        // Whether a joined row holds an ownership at all: People's name when people are joined (never null), else its id.
        int iOwnershipId = Read(owners && (columns.OwnershipId || !people), "o.\"Id\""),
            iPersonId = Read(owners && columns.PersonIdentity, "o.\"PersonId\""), iShare = Read(owners && columns.Share, "o.\"Share\""),
            iStart = Read(owners && columns.StartDate, "o.\"StartDate\""), iEnd = Read(owners && columns.EndDate, "o.\"EndDate\""),
            iPersonName = Read(people, "pe.\"Name\""), iPhone = Read(people, "pe.\"Phone\"");
        var iPresent = people ? iPersonName : iOwnershipId;

        command.Append($"""
            WITH page AS (
                SELECT {string.Join(", ", pageColumns)}
                FROM "Units" AS u
                JOIN "Buildings" AS b ON b."Id" = u."BuildingId"
            """);
        if (where.Count > 0) command.Append("\n    WHERE " + string.Join(" AND ", where));
        command.Append($"""

                ORDER BY b."Name", u."Floor", u."Number", u."Id"
                LIMIT {Param(take)} OFFSET {Param(skip)})
            SELECT {string.Join(", ", selected)}
            FROM page AS p
            """);
        if (owners) command.Append("\nLEFT JOIN \"Ownerships\" AS o ON o.\"UnitId\" = p.\"Id\"");
        if (people) command.Append("\nLEFT JOIN \"People\" AS pe ON pe.\"Id\" = o.\"PersonId\"");
        command.Append("\nORDER BY p.\"BuildingName\", p.\"Floor\", p.\"Number\", p.\"Id\"");
        if (owners) command.Append(", CASE WHEN o.\"EndDate\" IS NULL THEN 0 ELSE 1 END, o.\"StartDate\" DESC, o.\"Id\"");

        var units = new List<Unit>(take);
        // By id when buildings are read whole enough to be told apart, else by name: a name-only building shows nothing else.
        var buildingsById = new Dictionary<Guid, Building>();
        var buildingsByName = new Dictionary<string, Building>();
        await using var result = await command.Build().ExecuteReaderAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), new Dictionary<string, object?>(), null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);
        var r = result.DbDataReader;
        Unit? unit = null;
        while (await r.ReadAsync(ct))
        {
            var id = r.GetGuid(iId);
            if (unit?.Id != id)
            {
                var buildingId = iBuildingId < 0 ? Guid.Empty : r.GetGuid(iBuildingId);
                var estateId = iEstateId < 0 ? Guid.Empty : r.GetGuid(iEstateId);
                Building? building;
                if (iBuildingId >= 0)
                {
                    if (!buildingsById.TryGetValue(buildingId, out building))
                        // A unit's estate is its building's: copied when the unit is created, and units never change building.
                        buildingsById[buildingId] = building = new Building { Id = buildingId, EstateId = estateId, Name = r.GetString(iBuildingName), OnlyName = true };
                }
                else
                {
                    var name = r.GetString(iBuildingName);
                    if (!buildingsByName.TryGetValue(name, out building))
                        buildingsByName[name] = building = new Building { Id = Guid.Empty, Name = name, OnlyName = true };
                }
                unit = new Unit
                {
                    Id = id, BuildingId = buildingId, Building = building, EstateId = estateId, Number = r.GetString(iNumber), Floor = r.GetInt32(iFloor),
                    BuildingArea = r.GetDecimal(iArea), Usage = iUsage < 0 ? default : Enum.Parse<UnitUsage>(r.GetString(iUsage)),
                    Status = Enum.Parse<UnitStatus>(r.GetString(iStatus)), OwnersRead = owners,
                };
                units.Add(unit);
            }
            if (!owners || r.IsDBNull(iPresent)) continue;
            var personId = iPersonId < 0 ? Guid.Empty : r.GetGuid(iPersonId);
            unit.Ownerships.Add(new Ownership
            {
                Id = iOwnershipId < 0 ? Guid.Empty : r.GetGuid(iOwnershipId), UnitId = id, PersonId = personId,
                Share = iShare < 0 ? default : r.GetDecimal(iShare),
                StartDate = iStart < 0 ? default : r.GetFieldValue<DateOnly>(iStart),
                EndDate = iEnd < 0 || r.IsDBNull(iEnd) ? null : r.GetFieldValue<DateOnly>(iEnd),
                Person = people ? new Person { Id = personId, Name = r.GetString(iPersonName), Phone = r.GetString(iPhone), OnlyNameAndPhone = true } : null,
            });
        }
        return units;
    }
}
