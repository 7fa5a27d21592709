using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>
/// Queues the monthly billing run of an estate and period. Starting a period again returns its run and bills nobody
/// twice; a failed run is queued again (<see cref="BillingRun.Restart"/>, the run's transition table).
/// </summary>
public static class StartBillingRun
{
    public static readonly UseCase<StartBillingRunInput, BillingRun> UseCase = new(BillingAccess.Staff, RunAsync);

    public static async Task<Payload<BillingRun>> RunAsync(RequestContext rc, StartBillingRunInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture);
        if (!BillingPeriod.TryParse(i.Period?.Trim(), out var period)) check.Invalid("period", "INVALID_PERIOD");
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
        if (check.Failed) return Payload<BillingRun>.Fail(check);
        var key = period.ToString();
        var run = await db.BillingRuns.SingleOrDefaultAsync(r => r.EstateId == i.EstateId && r.Period == key, ct);
        if (run is null)
        {
            run = new BillingRun { EstateId = i.EstateId, Period = key, RequestedBy = rc.Viewer.UserId, CreatedAt = rc.Now };
            db.BillingRuns.Add(run);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // Someone started the same period at the same moment: theirs is the run.
                rc.Discard();
                return Payload<BillingRun>.Ok(await db.BillingRuns.AsNoTracking().SingleAsync(r => r.EstateId == i.EstateId && r.Period == key, ct));
            }
        }
        else if (run.Restart()) await db.SaveChangesAsync(ct);
        else return Payload<BillingRun>.Ok(run); // queued, running or completed: nothing new to do

        try
        {
            await BillingRunJob.EnqueueAsync(rc.Services.GetRequiredService<TenantJobs>(), rc.Tenant!.Slug, run.Id);
        }
        catch (Exception e)
        {
            // The run lives in the company database, its job in the catalog: a run whose job was never stored
            // is marked failed, so starting the period again queues it.
            run.Fail("Enqueue failed: " + e.GetBaseException().Message);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        return Payload<BillingRun>.Ok(run);
    }
}
