namespace PropertySaaS.Api.Features.Registry.Import;

/// <summary>Why an import file is refused as a whole (its rows are reported as row errors instead).</summary>
public static class ImportErrors
{
    public static readonly ErrorKind ImportUnsupportedType = ErrorKind.Invalid("ImportUnsupportedType", "IMPORT_UNSUPPORTED_TYPE",
        "Only .csv and .xlsx files can be imported.");
    public static readonly ErrorKind ImportUnreadable = ErrorKind.Invalid("ImportUnreadable", "IMPORT_FORMAT",
        "The file cannot be read in its format (base64, xlsx).");
    public static readonly ErrorKind ImportTooLarge = ErrorKind.Invalid("ImportTooLarge", "IMPORT_TOO_LARGE",
        "The file is larger than the import limit.");
    public static readonly ErrorKind ImportTooManyRows = ErrorKind.Invalid("ImportTooManyRows", "IMPORT_TOO_MANY_ROWS",
        "The file has more data rows than the import limit.");
    public static readonly ErrorKind ImportEmpty = ErrorKind.Invalid("ImportEmpty", "IMPORT_EMPTY",
        "The file has no data rows.");
    public static readonly ErrorKind ImportConcurrentChange = ErrorKind.Conflict("ImportConcurrentChange", "IMPORT_CONCURRENT_CHANGE",
        "Units or buildings changed during the import; nothing was imported.");
}
