using System.Text;
using MiniExcelLibs;

namespace PropertySaaS.Api.Features.Registry.Import;

/// <summary>One row of an uploaded sheet. <see cref="Number"/> is the row as Excel shows it: the header is row 1.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<object?> Cells);

/// <summary>An uploaded sheet, header first, whatever the file format; blank rows are already left out.</summary>
internal sealed record Sheet(IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows);

/// <summary>Turns an uploaded .csv or .xlsx into rows of cells. Knows nothing of units.</summary>
internal static class ImportFile
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 20_000;

    // GB18030 (a superset of GBK) is what Excel on Chinese Windows writes for "CSV (逗号分隔)".
    // Taken from the provider directly rather than registered process-wide.
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Sheet Read(string fileName, string contentBase64)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx")) throw new RuleException(ImportErrors.ImportUnsupportedType, "fileName");
        var bytes = Decode(contentBase64);
        var rows = extension == ".csv" ? ReadCsv(bytes) : ReadXlsx(bytes);
        return ToSheet(rows);
    }

    private static byte[] Decode(string base64)
    {
        var text = base64 ?? "";
        // Browsers' FileReader.readAsDataURL gives "data:<type>;base64,<content>"; accept it as is.
        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && text.IndexOf("base64,", StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            text = text[(at + "base64,".Length)..];
        // Refuse before allocating: four base64 characters carry three bytes.
        if (text.Length > MaxBytes / 3 * 4 + 1024) throw new RuleException(ImportErrors.ImportTooLarge, "contentBase64", MaxBytes / 1024 / 1024);
        byte[] bytes;
        try { bytes = Convert.FromBase64String(text); }
        catch (FormatException) { throw new RuleException(ImportErrors.ImportUnreadable, "contentBase64", "base64"); }
        if (bytes.Length > MaxBytes) throw new RuleException(ImportErrors.ImportTooLarge, "contentBase64", MaxBytes / 1024 / 1024);
        if (bytes.Length == 0) throw new RuleException(ImportErrors.ImportEmpty, "contentBase64");
        return bytes;
    }

    private static Sheet ToSheet(IEnumerable<(int Number, List<object?> Cells)> rows)
    {
        List<string>? header = null;
        var data = new List<SheetRow>();
        foreach (var (number, cells) in rows)
        {
            if (cells.All(IsBlank)) continue;
            if (header is null) { header = cells.Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "").ToList(); continue; }
            if (data.Count == MaxRows) throw new RuleException(ImportErrors.ImportTooManyRows, "contentBase64", MaxRows);
            data.Add(new SheetRow(number, cells));
        }
        if (header is null || data.Count == 0) throw new RuleException(ImportErrors.ImportEmpty, "contentBase64");
        return new Sheet(header, data);
    }

    private static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    // ---- CSV ----

    internal static string DecodeText(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return StrictOrGb18030(bytes.AsSpan(3));
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        return StrictOrGb18030(bytes);
    }

    // Without a BOM there is no label: valid UTF-8 is taken as UTF-8 (GBK text is almost never valid UTF-8), anything else as GB18030.
    private static string StrictOrGb18030(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return Gb18030.GetString(bytes); }
    }

    private static IEnumerable<(int, List<object?>)> ReadCsv(byte[] bytes)
    {
        var number = 0;
        foreach (var record in ParseCsv(DecodeText(bytes))) yield return (++number, record);
    }

    /// <summary>RFC 4180: comma-separated, fields optionally in double quotes (which may hold commas, quotes doubled, line breaks).</summary>
    internal static IEnumerable<List<object?>> ParseCsv(string text)
    {
        var record = new List<object?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r' or '\n':
                    if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    record.Add(field.ToString()); field.Clear();
                    yield return record;
                    record = [];
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); yield return record; }
    }

    // ---- XLSX ----

    private static IEnumerable<(int, List<object?>)> ReadXlsx(byte[] bytes)
    {
        if (bytes is not [(byte)'P', (byte)'K', ..]) throw new RuleException(ImportErrors.ImportUnreadable, "contentBase64", "xlsx");
        List<(int, List<object?>)> rows = [];
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            int number = 0, filled = 0;
            // The first worksheet; cells keyed by column letter ("A", "B" …), numbers as double, formatted dates as DateTime.
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                var cells = new List<object?>();
                foreach (var (column, value) in row)
                {
                    var index = ColumnIndex(column);
                    while (cells.Count <= index) cells.Add(null);
                    cells[index] = value;
                }
                rows.Add((number, cells));
                if (!cells.All(IsBlank) && ++filled > MaxRows + 1) break; // over the limit; ToSheet reports it
            }
        }
        // A damaged or disguised file fails in the zip, XML or sheet reader with many exception types; all mean the same to the caller.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new RuleException(ImportErrors.ImportUnreadable, "contentBase64", "xlsx");
        }
        return rows;
    }

    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var ch in letters) index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return index - 1;
    }
}
