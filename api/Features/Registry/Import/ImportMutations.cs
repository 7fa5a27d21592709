using GraphQL.Types;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Registry.Import;

public sealed class ImportUnitsInput
{
    public Guid EstateId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentBase64 { get; set; } = "";
    public bool? DryRun { get; set; }
}

public sealed class ImportUnitsInputType : InputObjectGraphType<ImportUnitsInput>
{
    public ImportUnitsInputType()
    {
        Name = "ImportUnitsInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.FileName).Description("Decides the format: .csv (UTF-8, or GBK/GB18030 as Excel writes it in China) or .xlsx.");
        Field(x => x.ContentBase64).Description("The file, base64; at most 10 MB decoded and 20,000 rows. See units-template.csv for the columns.");
        Field(x => x.DryRun, nullable: true).DefaultValue(false).Description("Check every row and report, but write nothing.");
    }
}

public sealed class ImportRowErrorType : ObjectGraphType<ImportRowError>
{
    public ImportRowErrorType()
    {
        Name = "ImportRowError";
        Description = "A problem with one row of an import file.";
        Field(x => x.Row).Description("The row number as a spreadsheet shows it; the header is row 1.");
        Field(x => x.Column, nullable: true).Description("The column at fault by its English name (buildingArea, ownerPhone …), if one.");
        Field(x => x.Code).Description("The rule that failed: REQUIRED, TWO_DECIMALS, INVALID_PHONE, IMPORT_DUPLICATE_IN_FILE …");
        Field(x => x.Message);
    }
}

public sealed class ImportUnitsPayloadType : ObjectGraphType<Payload<ImportUnitsResult>>
{
    public ImportUnitsPayloadType()
    {
        Name = "ImportUnitsPayload";
        Description = "Counts are what was imported, or on a dry run what would be; all zero when anything is wrong.";
        Field<NonNullGraphType<IntGraphType>>("importedUnits").Resolve(c => c.Source.Value?.ImportedUnits ?? 0);
        Field<NonNullGraphType<IntGraphType>>("importedOwners").Description("Ownership records; a co-owned unit counts each owner.")
            .Resolve(c => c.Source.Value?.ImportedOwners ?? 0);
        Field<NonNullGraphType<IntGraphType>>("createdBuildings").Description("Buildings named in the file that the estate did not have yet.")
            .Resolve(c => c.Source.Value?.CreatedBuildings ?? 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorType>>>>("rowErrors")
            .Description("The first 500 row errors, by row.").Resolve(c => c.Source.Value?.RowErrors ?? []);
        Field<NonNullGraphType<IntGraphType>>("totalRowErrors").Resolve(c => c.Source.Value?.TotalRowErrors ?? 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

/// <summary>批量导入: imports units and their owners into an estate from a .csv or .xlsx file; nothing if any row is invalid.</summary>
public static class ImportUnits
{
    public static readonly UseCase<ImportUnitsInput, ImportUnitsResult> UseCase = new(Access.Roles(AppRoles.CompanyAdmin, AppRoles.EstateManager), RunAsync);

    public static async Task<Payload<ImportUnitsResult>> RunAsync(RequestContext rc, ImportUnitsInput i, CancellationToken ct)
    {
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct))
            return Payload<ImportUnitsResult>.Fail(new Check(rc.Culture).Missing("estateId", "NOT_FOUND", "entity.estate"));
        var sheet = ImportFile.Read(i.FileName, i.ContentBase64); // an unreadable file is refused as a whole (RuleException)
        return await new UnitImport(rc.Db, RegistryScope.People(rc), rc.Culture, rc.Now).RunAsync(i.EstateId, sheet, i.DryRun == true, ct);
    }
}

public static class ImportMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportUnitsPayloadType>>("importUnits")
            .Description("批量导入 — imports units and their owners into an estate from a .csv or .xlsx file; nothing is imported if any row is invalid.")
            .Argument<NonNullGraphType<ImportUnitsInputType>>("input").RunsUseCase(ImportUnits.UseCase);
}
