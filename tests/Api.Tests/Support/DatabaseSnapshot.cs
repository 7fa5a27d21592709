using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>
/// A checksum of every row of every table of company databases, per table: comparing two snapshots says which tables
/// changed (rows added, removed or updated), whatever the change was.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<Dictionary<string, string>> TakeAsync(ApiFactory api, params Tenant[] tenants)
    {
        var result = new Dictionary<string, string>();
        foreach (var t in tenants)
        {
            await using var db = api.Open(t);
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order().ToList();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                var rows = new List<string>();
                await using (var reader = await command.ExecuteReaderAsync())
                    while (await reader.ReadAsync())
                    {
                        var values = new object[reader.FieldCount];
                        reader.GetValues(values);
                        rows.Add(string.Join("\u001f", values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
                    }
                rows.Sort(StringComparer.Ordinal);
                result[$"{t.Slug}.{table}"] = $"{rows.Count}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001e", rows))))[..16]}";
            }
        }
        return result;
    }

    /// <summary>The tables whose checksum differs, for an assertion message.</summary>
    public static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).Order().ToList();
}
