using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// Readable request numbers, unique in the company: type prefix, month received (estate time), running number per type
/// and month — BX-202612-0001 (报修), TS- (投诉), ZX- (咨询), JY- (建议), BY- (表扬), JZ- (家政), QT- (其他). The running
/// number comes from the company's document sequences, one per prefix and month, taken with their row lock
/// (<see cref="PaymentBooking.NextNumberAsync"/>).
/// </summary>
public static class ServiceRequestNumbers
{
    public static string Prefix(ServiceRequestType type) => type switch
    {
        ServiceRequestType.Repair => "BX",
        ServiceRequestType.Complaint => "TS",
        ServiceRequestType.Inquiry => "ZX",
        ServiceRequestType.Suggestion => "JY",
        ServiceRequestType.Praise => "BY",
        ServiceRequestType.HomeService => "JZ",
        _ => "QT",
    };

    public static string Format(ServiceRequestType type, DateTime localReceived, long number) => $"{Prefix(type)}-{localReceived:yyyyMM}-{number:0000}";

    /// <summary>
    /// Numbers a new request and stores it with its timeline and deadlines in one transaction: the sequence's row lock
    /// queues concurrent intakes, so two requests never share a number. Nothing else may be pending in the context.
    /// </summary>
    public static async Task SaveNewAsync(TenantDbContext db, ServiceRequest request, DateTime localReceived, CancellationToken ct)
    {
        var sequence = $"sr-{Prefix(request.Type)}-{localReceived:yyyyMM}";
        await EnsureSequenceAsync(db, sequence, ct);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.Entry(request).State = EntityState.Detached;
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            request.Number = Format(request.Type, localReceived, await PaymentBooking.NextNumberAsync(db, sequence, ct));
            db.Add(request);
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
        });
    }

    /// <summary>The month's first request of a type creates its sequence; a concurrent first request may win that insert.</summary>
    private static async Task EnsureSequenceAsync(TenantDbContext db, string sequence, CancellationToken ct)
    {
        if (await db.Set<DocumentSequence>().AnyAsync(s => s.Name == sequence, ct)) return;
        var row = new DocumentSequence { Name = sequence, Next = 1 };
        db.Add(row);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { /* created concurrently: use theirs */ }
        finally { db.Entry(row).State = EntityState.Detached; }
    }
}
