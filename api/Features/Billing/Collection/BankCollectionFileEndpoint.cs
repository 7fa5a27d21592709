using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>
/// GET /bank-collections/{batchId}.csv — the debit file for the bank. Same rules as GraphQL: bearer token, the company
/// from the token, collection staff in the batch's estate. Full account numbers appear only in this file, which goes to the bank.
/// </summary>
public static class BankCollectionFileEndpoint
{
    public static IEndpointConventionBuilder MapBankCollectionFiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/bank-collections/{file}", HandleAsync).RequireCompany();

    private static async Task<IResult> HandleAsync(string file, HttpContext http)
    {
        var rc = http.RequestContext();
        if (!file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !Guid.TryParse(file[..^4], out var batchId)) return NotFound(http);
        if (!rc.Viewer.HasAny(CollectionGraph.CollectionStaff)) return ApiProblem.Result(http, ErrorCodes.Forbidden, "FORBIDDEN");
        var db = rc.Db;
        var batch = await db.Set<BankCollectionBatch>().AsNoTracking().Include(b => b.Lines).SingleOrDefaultAsync(b => b.Id == batchId, http.RequestAborted);
        // Another estate's batch is reported exactly like a missing one.
        if (batch is null || !rc.Viewer.CanSeeEstate(batch.EstateId)) return NotFound(http);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(BankCollection.File(batch.Lines), "text/csv; charset=utf-8", $"bank-collection-{batch.CollectionDate:yyyyMMdd}-{batch.Id.ToString()[..8]}.csv");
    }

    private static IResult NotFound(HttpContext http) => ApiProblem.Result(http, ErrorCodes.NotFound, "NOT_FOUND", "entity.bankCollectionBatch");
}
