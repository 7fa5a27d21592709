using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>
/// Serialises bank-collection writers of one estate in the company database until the current transaction ends, so
/// two batch creations at the same instant cannot both read "no open batch" and debit a unit twice.
/// </summary>
public static class EstateLock
{
    /// <summary>Call inside a transaction; the lock is released by its commit or rollback.</summary>
    public static async Task AcquireAsync(TenantDbContext db, Guid estateId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("EstateLock needs a transaction.");
        switch (db)
        {
            case PostgreSqlTenantDbContext:
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key(estateId)})", ct);
                break;
            case SqlServerTenantDbContext:
                var resource = "bank-collection:" + estateId.ToString("N");
                await db.Database.ExecuteSqlAsync($"""
                    DECLARE @r int;
                    EXEC @r = sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1;
                    IF @r < 0 THROW 50000, 'sp_getapplock failed', 1;
                    """, ct);
                break;
            // SQLite: EF begins transactions with BEGIN IMMEDIATE (Microsoft.Data.Sqlite, not deferred), which already
            // holds the database's one write lock, so every writer of the company is serialised.
        }
    }

    /// <summary>A stable 64-bit advisory-lock key: the first 8 bytes of SHA-256("bank-collection:" + estate id).</summary>
    public static long Key(Guid estateId) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("bank-collection:" + estateId.ToString("N"))));
}
