using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PropertySaaS.Api.Data;

/// <summary>
/// PostgreSQL binary COPY of entities into their table, columns and conversions taken from the EF model, on the
/// context's connection and inside its current transaction. For bulk inserts where EF's INSERT statements are too slow.
/// </summary>
public static class PgCopy
{
    public static async Task CopyAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct, string? schema = null) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (
            Name: p.GetColumnName(table)!,
            // "numeric(18,2)" → "numeric": the importer wants the type, not its facets.
            Type: p.GetColumnType(table) is var t && t.IndexOf('(') is var i and >= 0 ? t[..i] : p.GetColumnType(table),
            Converter: p.GetTypeMapping().Converter,
            Property: p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} has no CLR property."))).ToArray();
        var target = (schema ?? entity.GetSchema()) is { } s ? $"\"{s}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await conn.BeginBinaryImportAsync(
            $"COPY {target} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var c in columns)
            {
                var value = c.Property.GetValue(row);
                if (value is not null && c.Converter is not null) value = c.Converter.ConvertToProvider(value);
                if (value is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(value, c.Type, ct);
            }
        }
        await importer.CompleteAsync(ct);
    }
}
