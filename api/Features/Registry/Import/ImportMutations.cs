using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
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

public sealed class ImportUnitsPayloadType : ObjectGraphType<ImportUnitsResult>
{
    public ImportUnitsPayloadType()
    {
        Name = "ImportUnitsPayload";
        Description = "Counts are what was imported, or on a dry run what would be; all zero when anything is wrong.";
        Field(x => x.ImportedUnits);
        Field(x => x.ImportedOwners).Description("Ownership records; a co-owned unit counts each owner.");
        Field(x => x.CreatedBuildings).Description("Buildings named in the file that the estate did not have yet.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorType>>>>("rowErrors")
            .Description("The first 500 row errors, by row.").Resolve(c => c.Source.RowErrors);
        Field(x => x.TotalRowErrors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public static class ImportMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImportUnitsPayloadType>>("importUnits")
            .Description("批量导入 — imports units and their owners into an estate from a .csv or .xlsx file; nothing is imported if any row is invalid.")
            .Argument<NonNullGraphType<ImportUnitsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(AppRoles.CompanyAdmin, AppRoles.EstateManager);
                var i = c.GetArgument<ImportUnitsInput>("input");
                var db = rc.Db;
                var check = new Check(rc.Culture);
                if (!await RegistryScope.Estates(rc).AnyAsync(e => e.Id == i.EstateId, c.CancellationToken))
                    return ImportUnitsResult.Fail(check.Missing("estateId", "NOT_FOUND", "entity.estate"));
                Sheet sheet;
                try { sheet = ImportFile.Read(i.FileName, i.ContentBase64); }
                catch (ImportFileException e) { return ImportUnitsResult.Fail(check.Invalid(e.Field, e.Key, e.Args)); }
                var now = rc.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                return await new UnitImport(db, RegistryScope.People(rc), rc.Culture, now).RunAsync(i.EstateId, sheet, i.DryRun == true, c.CancellationToken);
            });
    }
}
