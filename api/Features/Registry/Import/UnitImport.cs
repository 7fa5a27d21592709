using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Features.Registry.Import;

/// <summary>A problem with one row of an import file; <see cref="Row"/> is the row number Excel shows (header = 1).</summary>
public sealed record ImportRowError(int Row, string? Column, string Code, string Message);

/// <summary>What an import did (or, on a dry run, would do), or why it did nothing.</summary>
public sealed record ImportUnitsResult(int ImportedUnits, int ImportedOwners, int CreatedBuildings,
    IReadOnlyList<ImportRowError> RowErrors, int TotalRowErrors);

/// <summary>The columns of an import file, by their stable (English) names; these are also the names in row errors.</summary>
internal static class ImportColumns
{
    public const string Building = "building", Number = "number", Floor = "floor", BuildingArea = "buildingArea", Usage = "usage",
        Status = "status", OwnerName = "ownerName", OwnerPhone = "ownerPhone", OwnerIdNumber = "ownerIdNumber", Share = "share",
        OwnershipStart = "ownershipStart";

    public static readonly string[] Required = [Building, Number, Floor, BuildingArea, Usage];
    public static readonly string[] InOrder = [Building, Number, Floor, BuildingArea, Usage, Status, OwnerName, OwnerPhone, OwnerIdNumber, Share, OwnershipStart];

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["楼栋"] = Building, ["房号"] = Number, ["楼层"] = Floor, ["建筑面积"] = BuildingArea, ["用途"] = Usage, ["状态"] = Status,
        ["业主姓名"] = OwnerName, ["业主手机"] = OwnerPhone, ["业主手机号"] = OwnerPhone, ["业主身份证号"] = OwnerIdNumber,
        ["产权份额"] = Share, ["产权开始日期"] = OwnershipStart,
    };

    static ImportColumns()
    {
        foreach (var name in InOrder) Headers[name] = name;
    }

    /// <summary>The column a header names. Ignores case, spaces, a unit in brackets ("建筑面积(㎡)") and a required-marker '*'.</summary>
    public static string? Match(string header)
    {
        var h = header.Trim().TrimEnd('*', '＊').Trim();
        var bracket = h.IndexOfAny(['(', '（']);
        if (bracket > 0) h = h[..bracket];
        h = string.Concat(h.Where(c => !char.IsWhiteSpace(c)));
        return Headers.GetValueOrDefault(h);
    }
}

/// <summary>
/// 批量导入 — imports units and their owners into one estate, all or nothing: every row is checked first (by the same
/// rules as a unit or owner entered by hand), and only a file without a single error is written, in one transaction.
/// </summary>
internal sealed class UnitImport(TenantDbContext db, IQueryable<Person> known, CultureInfo culture, DateTime now)
{
    public const int MaxListedErrors = 500;
    /// <summary>The highest floor <c>createBuilding</c> accepts, so a building made by an import could also be made by hand.</summary>
    private const int MaxFloorsOfNewBuilding = 200;

    private static readonly Dictionary<string, UnitUsage> Usages = EnumLabels(
        ("住宅", UnitUsage.Residential), ("办公", UnitUsage.Office), ("商铺", UnitUsage.Shop), ("厂房", UnitUsage.Factory), ("车位", UnitUsage.Parking));
    private static readonly Dictionary<string, UnitStatus> Statuses = EnumLabels(
        ("未售", UnitStatus.Unsold), ("空置", UnitStatus.Vacant), ("已入住", UnitStatus.Occupied), ("装修中", UnitStatus.Renovating));

    private readonly List<ImportRowError> _errors = [];
    private readonly DateOnly _today = DateOnly.FromDateTime(now);

    private sealed class Line
    {
        public int Row;
        public string Building = "", Number = "";
        public int? Floor;
        public decimal? Area;
        public UnitUsage? Usage;
        public UnitStatus Status;
        public PersonInput? Owner;
        public decimal Share = 100m;
        public DateOnly Start;
        public bool Valid = true;
    }

    public async Task<Payload<ImportUnitsResult>> RunAsync(Guid estateId, Sheet sheet, bool dryRun, CancellationToken ct)
    {
        var columns = MapHeader(sheet.Header);
        if (_errors.Count > 0) return Failed();

        var buildings = await db.Buildings.AsNoTracking().Where(b => b.EstateId == estateId).ToDictionaryAsync(b => b.Name, StringComparer.Ordinal, ct);
        var lines = sheet.Rows.Select(r => Parse(r, columns, buildings)).ToList();
        var units = GroupIntoUnits(lines);
        await CheckNumbersAreFreeAsync(estateId, units, buildings, ct);
        if (_errors.Count > 0) return Failed();

        // Buildings named in the file but missing from the estate are created rather than refused: a company being
        // onboarded usually has no buildings entered yet, and the file is the first place they are listed. Its floors
        // are the highest floor the file gives for it; the check above already held floors to what createBuilding allows.
        var newBuildings = units.Select(u => u.Key.Building).Distinct().Where(n => !buildings.ContainsKey(n))
            .Select(n => new Building { EstateId = estateId, Name = n, Floors = Math.Max(1, lines.Where(l => l.Building == n).Max(l => l.Floor!.Value)) })
            .ToList();
        foreach (var b in newBuildings) buildings[b.Name] = b;

        var newUnits = new List<Unit>();
        var ownerships = new List<Ownership>();
        var owners = new List<(Ownership Ownership, PersonInput Input)>();
        foreach (var ((buildingName, _), rows) in units)
        {
            var first = rows[0];
            var building = buildings[buildingName];
            var unit = new Unit
            {
                BuildingId = building.Id, EstateId = estateId, Number = first.Number, Floor = first.Floor!.Value,
                BuildingArea = first.Area!.Value, Usage = first.Usage!.Value, Status = first.Status,
            };
            newUnits.Add(unit);
            foreach (var line in rows.Where(r => r.Owner is not null))
            {
                var o = new Ownership { UnitId = unit.Id, Share = line.Share, StartDate = line.Start };
                ownerships.Add(o);
                owners.Add((o, line.Owner!));
            }
        }
        var result = Payload<ImportUnitsResult>.Ok(new ImportUnitsResult(newUnits.Count, ownerships.Count, newBuildings.Count, [], 0));
        if (dryRun) return result;

        var newPeople = await LinkPeopleAsync(owners, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false; // thousands of new entities and nothing to compare them with
        try
        {
            // A retrying execution strategy (PostgreSQL, SQL Server) must own the transaction so it can replay all of it.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear(); // a replay starts from nothing
                await using var tx = await db.Database.BeginTransactionAsync(token);
                // Parents before children, a thousand at a time: EF's work per SaveChanges grows faster than the
                // number of entities, so 5,000 units with owners save about twice as fast in slices as in one go.
                foreach (var slice in new IEnumerable<object>[] { newBuildings, newPeople, newUnits, ownerships }.SelectMany(e => e.Chunk(1000)))
                {
                    db.AddRange(slice);
                    await db.SaveChangesAsync(token);
                    db.ChangeTracker.Clear();
                }
                await tx.CommitAsync(token);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Someone added a clashing unit or building between our check and our insert; the transaction rolled back.
            return Payload<ImportUnitsResult>.Fail(new Check(culture).Fail(ImportErrors.ImportConcurrentChange, "contentBase64"));
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        return result;
    }

    private Dictionary<string, int> MapHeader(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
            if (ImportColumns.Match(header[i]) is { } name) columns.TryAdd(name, i);
        // Without a required column every row would fail the same way: report the header once instead.
        foreach (var name in ImportColumns.Required.Where(n => !columns.ContainsKey(n)))
            Add(1, name, "IMPORT_MISSING_COLUMN", "field." + name);
        return columns;
    }

    private Line Parse(SheetRow row, Dictionary<string, int> columns, Dictionary<string, Building> buildings)
    {
        object? Cell(string column) => columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : null;
        string Text(string column) => CellText(Cell(column));

        var check = new Check(culture);
        var line = new Line { Row = row.Number, Building = Text(ImportColumns.Building), Number = Text(ImportColumns.Number) };
        check.Required(line.Building, ImportColumns.Building, 50);
        line.Floor = Integer(Cell(ImportColumns.Floor), ImportColumns.Floor, check);
        line.Area = Number(Cell(ImportColumns.BuildingArea), ImportColumns.BuildingArea, check, required: true);
        line.Usage = Label(Text(ImportColumns.Usage), Usages, ImportColumns.Usage, check, required: true);
        var status = Label(Text(ImportColumns.Status), Statuses, ImportColumns.Status, check, required: false);

        string name = Text(ImportColumns.OwnerName), phone = Text(ImportColumns.OwnerPhone), idNumber = Text(ImportColumns.OwnerIdNumber);
        if (name.Length + phone.Length + idNumber.Length > 0)
        {
            // The rules PersonRules applies to a person entered by hand, under the import's column names.
            check.Required(name, ImportColumns.OwnerName, 50).Phone(phone, ImportColumns.OwnerPhone).IdNumber(idNumber, ImportColumns.OwnerIdNumber);
            line.Owner = new PersonInput { Name = name, Phone = phone, IdNumber = idNumber.Length > 0 ? idNumber : null };
            if (Number(Cell(ImportColumns.Share), ImportColumns.Share, check, required: false) is { } share)
            {
                // As addOwner: 0 < share ≤ 100, and the column is stored with two decimals.
                check.InRange(share, 0.01m, 100m, ImportColumns.Share);
                if (share is > 0 and <= 100) check.Positive(share, ImportColumns.Share);
                line.Share = share;
            }
            line.Start = Date(Cell(ImportColumns.OwnershipStart), ImportColumns.OwnershipStart, check) ?? _today;
        }
        // As addOwner: a unit with an owner has been sold.
        line.Status = status is null or UnitStatus.Unsold ? (line.Owner is null ? UnitStatus.Unsold : UnitStatus.Vacant) : status.Value;

        // The rules every unit must meet; a cell that could not be read is reported once, not again here.
        var unitRules = new Check(culture);
        var probe = new Unit { Number = line.Number, Floor = line.Floor ?? 1, BuildingArea = line.Area ?? 1m };
        UnitRules.CheckFields(probe, buildings.GetValueOrDefault(line.Building) ?? new Building { Name = line.Building, Floors = MaxFloorsOfNewBuilding }, unitRules);
        check.Errors.AddRange(unitRules.Errors.Where(e => check.Errors.All(x => x.Field != e.Field)));

        foreach (var e in check.Errors) Add(line, e.Field, CodeOf(e), e.Message);
        return line;
    }

    /// <summary>Rows with the same building and number describe one unit; more than one row is a co-owner each.</summary>
    private List<KeyValuePair<(string Building, string Number), List<Line>>> GroupIntoUnits(List<Line> lines)
    {
        var units = new Dictionary<(string, string), List<Line>>();
        var order = new List<(string, string)>();
        foreach (var line in lines.Where(l => l.Building.Length > 0 && l.Number.Length > 0))
        {
            var key = (line.Building, line.Number);
            if (!units.TryGetValue(key, out var rows)) { units[key] = [line]; order.Add(key); continue; }
            var first = rows[0];
            var sameOwner = rows.FirstOrDefault(r => r.Owner is not null && line.Owner is not null && r.Owner.Name == line.Owner.Name && r.Owner.Phone == line.Owner.Phone);
            if (first.Owner is null || line.Owner is null) Add(line, ImportColumns.Number, "IMPORT_DUPLICATE_IN_FILE", first.Row);
            else if (sameOwner is not null) Add(line, ImportColumns.OwnerName, "IMPORT_DUPLICATE_IN_FILE", sameOwner.Row);
            else if (first.Valid && line.Valid && (first.Floor, first.Area, first.Usage, first.Status) != (line.Floor, line.Area, line.Usage, line.Status))
                Add(line, ImportColumns.Number, "IMPORT_CONFLICTING_ROWS", first.Row);
            else if (line.Valid && !Ownership.SharesFit(rows.Where(r => r.Owner is not null).Select(r => r.Share), line.Share))
                Add(line, ImportColumns.Share, RegistryErrors.SharesExceed100.MessageKey);
            rows.Add(line);
        }
        return order.Select(k => KeyValuePair.Create(k, units[k])).ToList();
    }

    private async Task CheckNumbersAreFreeAsync(Guid estateId, List<KeyValuePair<(string Building, string Number), List<Line>>> units,
        Dictionary<string, Building> buildings, CancellationToken ct)
    {
        var taken = (await db.Units.AsNoTracking().Where(u => u.EstateId == estateId).Select(u => new { u.BuildingId, u.Number }).ToListAsync(ct))
            .Select(u => (u.BuildingId, u.Number)).ToHashSet();
        foreach (var ((buildingName, number), rows) in units)
            if (buildings.TryGetValue(buildingName, out var b) && taken.Contains((b.Id, number)))
                Add(rows[0], ImportColumns.Number, RegistryErrors.UnitNumberTaken.MessageKey, number);
    }

    /// <summary>
    /// Owners already known to the importer (same name and phone, among the people they may see: <see cref="RegistryScope.People"/>)
    /// are linked, not copied; the rest become new people. Knowing a name and a phone must not attach another estate's
    /// record — with its ID number and emergency contact — to a unit the importer can read.
    /// </summary>
    private async Task<List<Person>> LinkPeopleAsync(List<(Ownership Ownership, PersonInput Input)> owners, CancellationToken ct)
    {
        var people = new Dictionary<(string Name, string Phone), Person>();
        foreach (var chunk in owners.Select(o => o.Input.Phone).Distinct().Chunk(1000))
            foreach (var p in await known.AsNoTracking().Where(p => chunk.Contains(p.Phone)).ToListAsync(ct))
                people.TryAdd((p.Name, p.Phone), p);
        var created = new List<Person>();
        foreach (var (ownership, input) in owners)
        {
            if (!people.TryGetValue((input.Name, input.Phone), out var person))
            {
                person = PersonRules.New(input, now);
                people[(input.Name, input.Phone)] = person;
                created.Add(person);
            }
            ownership.PersonId = person.Id;
        }
        return created;
    }

    private Payload<ImportUnitsResult> Failed()
    {
        var order = ImportColumns.InOrder;
        var sorted = _errors.OrderBy(e => e.Row).ThenBy(e => e.Column is null ? -1 : Array.IndexOf(order, e.Column)).ToList();
        var rows = sorted.Select(e => e.Row).Distinct().Count();
        var summary = new Check(culture).Invalid("contentBase64", "IMPORT_INVALID", rows);
        return new Payload<ImportUnitsResult>(new ImportUnitsResult(0, 0, 0, sorted.Take(MaxListedErrors).ToList(), sorted.Count), summary.Errors);
    }

    private void Add(int row, string? column, string key, params object?[] args) =>
        _errors.Add(new ImportRowError(row, column, key, Messages.Get(culture, key, args)));

    private void Add(Line line, string? column, string key, params object?[] args)
    {
        line.Valid = false;
        Add(line.Row, column, key, args);
    }

    private void Add(Line line, string? column, string code, string message)
    {
        line.Valid = false;
        _errors.Add(new ImportRowError(line.Row, column, code, message));
    }

    // ---- cells ----

    private static string CellText(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        // Excel keeps numbers as doubles: a phone number typed as a number must read back without ".0" or exponent.
        double d when Math.Abs(d) < 1e15 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    private static decimal? Number(object? cell, string column, Check check, bool required)
    {
        if (cell is double d && Math.Abs(d) < 1e15) return (decimal)d;
        var text = CellText(cell);
        if (text.Length == 0) { if (required) check.Required(text, column); return null; }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        check.Invalid(column, "INVALID_NUMBER", "field." + column);
        return null;
    }

    private static int? Integer(object? cell, string column, Check check)
    {
        var errorsBefore = check.Errors.Count;
        var value = Number(cell, column, check, required: true);
        if (value is null) return null;
        if (value == decimal.Truncate(value.Value) && value is >= int.MinValue and <= int.MaxValue) return (int)value.Value;
        if (check.Errors.Count == errorsBefore) check.Invalid(column, "INVALID_NUMBER", "field." + column);
        return null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"];

    private static DateOnly? Date(object? cell, string column, Check check)
    {
        switch (cell)
        {
            case DateTime dt: return DateOnly.FromDateTime(dt);
            // An unformatted Excel date cell is a serial day number.
            case double d when d is > 1 and < 2958466: return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        var text = CellText(cell);
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        check.Invalid(column, "INVALID_DATE", "field." + column);
        return null;
    }

    private static T? Label<T>(string text, Dictionary<string, T> labels, string column, Check check, bool required) where T : struct
    {
        if (text.Length == 0) { if (required) check.Required(text, column); return null; }
        if (labels.TryGetValue(text, out var value)) return value;
        check.Invalid(column, "INVALID_ENUM", "field." + column, text);
        return null;
    }

    /// <summary>Chinese labels as printed in the template, and the GraphQL enum names (RESIDENTIAL …) in any case.</summary>
    private static Dictionary<string, T> EnumLabels<T>(params (string Zh, T Value)[] labels) where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (zh, value) in labels)
        {
            map[zh] = value;
            map[value.ToString()] = value;
        }
        return map;
    }

    // ---- codes ----

    // A row error's code names the rule that failed, which Check records with each error.
    private static string CodeOf(UserError e) => e.Rule ?? e.Code;
}
