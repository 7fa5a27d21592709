using System.Buffers;
using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Npgsql;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// The hand-written baseline for the unit list: the same 100 units (same order as the API: building name, floor,
/// number, id), each with its building name and its ownerships (current first, then newest first, as the API lists
/// them) with the owner's name and masked phone. Per call: take a pooled connection with the very connection string
/// the API uses, run ONE SQL command, materialise objects, mask phones, and serialise the GraphQL-shaped JSON
/// document <c>{"data":{"units":{"nodes":[…]}}}</c> to UTF-8 bytes, as the API does for its response (into a buffer
/// reused from call to call, as the API writes into pooled buffers and the benchmark's HTTP client reads into a reused one).
/// No HTTP, no authentication, no tenant lookup, no GraphQL parsing/validation: that is what the ratio measures.
/// </summary>
public sealed class RawUnitList(DatabaseProvider provider, string connectionString)
{
    // Same SQL on both providers: EF's table and column names, double-quoted identifiers, LIMIT. Sort keys first, as
    // in the API's UnitPageReader, so that the comparison is between equally written statements.
    public const string Sql = """
        WITH page AS (
            SELECT u."Floor", u."Id", b."Name" AS "BuildingName", u."Number", u."BuildingArea", u."Status"
            FROM "Units" AS u
            JOIN "Buildings" AS b ON b."Id" = u."BuildingId"
            ORDER BY b."Name", u."Floor", u."Number", u."Id"
            LIMIT 100)
        SELECT p."Id", p."Number", p."Floor", p."BuildingArea", p."Status", p."BuildingName", pe."Name", pe."Phone"
        FROM page AS p
        LEFT JOIN "Ownerships" AS o ON o."UnitId" = p."Id"
        LEFT JOIN "People" AS pe ON pe."Id" = o."PersonId"
        ORDER BY p."BuildingName", p."Floor", p."Number", p."Id", o."EndDate" IS NOT NULL, o."StartDate" DESC
        """;

    // The API's JSON settings (camelCase, Chinese as UTF-8), so both sides write the same bytes.
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public sealed record Doc(DocData Data);
    public sealed record DocData(UnitPage Units);
    public sealed record UnitPage(List<UnitRow> Nodes);
    public sealed record UnitRow(Guid Id, string Number, int Floor, decimal BuildingArea, string Status, BuildingRow Building, List<OwnerRow> Owners);
    public sealed record BuildingRow(string Name);
    public sealed record OwnerRow(PersonRow Person);
    public sealed record PersonRow(string Name, string PhoneMasked);

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private Utf8JsonWriter? _writer;

    /// <summary>The JSON document; valid until the next call.</summary>
    public async Task<ReadOnlyMemory<byte>> FetchJsonAsync(CancellationToken ct = default)
    {
        var doc = new Doc(new DocData(new UnitPage(await FetchAsync(ct))));
        _output.ResetWrittenCount();
        if (_writer is null) _writer = new Utf8JsonWriter(_output, new JsonWriterOptions { Encoder = Json.Encoder });
        else _writer.Reset(_output);
        JsonSerializer.Serialize(_writer, doc, Json);
        _writer.Flush();
        return _output.WrittenMemory;
    }

    public async Task<List<UnitRow>> FetchAsync(CancellationToken ct = default)
    {
        await using var conn = Open();
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = Sql;
        var nodes = new List<UnitRow>(100);
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            UnitRow? current = null;
            while (await r.ReadAsync(ct))
            {
                var id = r.GetGuid(0);
                if (current is null || current.Id != id)
                {
                    current = new UnitRow(id, r.GetString(1), r.GetInt32(2), r.GetDecimal(3), EnumName(r.GetString(4)),
                        new BuildingRow(r.GetString(5)), []);
                    nodes.Add(current);
                }
                if (!r.IsDBNull(6)) current.Owners.Add(new OwnerRow(new PersonRow(r.GetString(6), Masking.Phone(r.GetString(7)))));
            }
        }
        return nodes;
    }

    /// <summary>GraphQL enum values are CONSTANT_CASE of the C# names EF stores ("Occupied" → "OCCUPIED").</summary>
    private static string EnumName(string stored) => stored.ToUpperInvariant();

    private DbConnection Open() => provider switch
    {
        DatabaseProvider.PostgreSql => new NpgsqlConnection(connectionString),
        DatabaseProvider.Sqlite => new SqliteConnection(connectionString),
        _ => throw new NotSupportedException(provider.ToString()),
    };
}
