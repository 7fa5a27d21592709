using Bogus;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Metering;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Demo;

/// <summary>
/// Demo billing of a seeded company: fee items per estate, water readings and issued bills for the three months up to
/// the demo "today" (2026-11-01), made by the real <see cref="BillingRunner"/>, and payments booked through
/// <see cref="PaymentBooking"/>: older months mostly paid, November mostly open, a few households owing since
/// September (60+ days overdue by late November). The demo residents' homes keep November open so it can be paid
/// online. Deterministic: fixed seed, fixed dates, units walked in registry order.
/// </summary>
public static class DemoBilling
{
    private static readonly string[] Periods = ["2026-09", "2026-10", "2026-11"];
    private static readonly DateOnly RatesFrom = new(2026, 1, 1);

    public static async Task SeedAsync(TenantDbContext db, int seed, CancellationToken ct)
    {
        var f = new Faker("zh_CN") { Random = new Randomizer(seed) };
        var estates = await db.Estates.OrderBy(e => e.Name).Select(e => e.Id).ToListAsync(ct);
        foreach (var estate in estates)
        {
            FeeItem Item(string name, FeeKind kind, decimal rate, UnitUsage? usage = null, MeterKind? meter = null) => new()
            {
                EstateId = estate, Name = name, Kind = kind, AppliesTo = usage?.ToString() ?? "", Meter = meter, CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                Rates = [new FeeRate { Amount = rate, EffectiveFrom = RatesFrom }],
            };
            // Rates per ㎡ per month by usage, parking per space per month, water per m³ (typical of Hangzhou/Shenzhen/Shanghai estates).
            db.FeeItems.AddRange(
                Item("物业服务费（住宅）", FeeKind.ManagementPerArea, 2.50m, UnitUsage.Residential),
                Item("物业服务费（商铺）", FeeKind.ManagementPerArea, 6.00m, UnitUsage.Shop),
                Item("物业服务费（办公）", FeeKind.ManagementPerArea, 4.50m, UnitUsage.Office),
                Item("车位管理服务费", FeeKind.Parking, 150m, UnitUsage.Parking),
                Item("水费", FeeKind.Metered, 3.45m, meter: MeterKind.Water),
                // Paid repairs (service-desk.md §6.7) are billed under it; each bill line carries the quoted amount.
                Item("维修费", FeeKind.OneOff, 1m));

            var units = await db.Units.AsNoTracking().Where(u => u.EstateId == estate)
                .OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number)
                .Select(u => new { u.Id, u.Usage, u.Number, Building = u.Building!.Name }).ToListAsync(ct);
            foreach (var unit in units.Where(u => u.Usage != UnitUsage.Parking))
            {
                var reading = (decimal)f.Random.Int(200, 3000);
                foreach (var period in Periods)
                {
                    var used = unit.Usage == UnitUsage.Shop ? f.Random.Int(10, 60) : f.Random.Int(5, 25);
                    db.Set<MeterReading>().Add(new MeterReading
                    {
                        UnitId = unit.Id, EstateId = estate, Meter = MeterKind.Water, Period = period, Previous = reading, Current = reading + used,
                        RecordedBy = "demo", RecordedAt = new DateTime(BillingDay(period).Year, BillingDay(period).Month, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-2),
                    });
                    reading += used;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();

            foreach (var period in Periods)
            {
                var run = new BillingRun { EstateId = estate, Period = period, RequestedBy = "demo", CreatedAt = At(BillingDay(period)) };
                db.BillingRuns.Add(run);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                await BillingRunner.RunAsync(db, run.Id, new FixedClock(At(BillingDay(period))), ct);
            }

            var bills = (await db.Bills.AsNoTracking().Where(b => b.EstateId == estate).Select(b => new { b.Id, b.UnitId, b.Period, b.Total }).ToListAsync(ct))
                .ToLookup(b => b.UnitId);
            foreach (var unit in units)
            {
                var mine = bills[unit.Id].OrderBy(b => b.Period).ToList();
                if (mine.Count == 0) continue;
                var demoHome = unit.Building == "1栋" && unit.Number == "101";
                var roll = f.Random.Double();
                // 4 % owe since September; 8 % paid September only; the rest paid September and October; 20 % also November.
                var paidMonths = demoHome ? 2 : roll < 0.04 ? 0 : roll < 0.12 ? 1 : f.Random.Double() < 0.2 ? 3 : 2;
                if (paidMonths == 0) continue;
                var paid = mine.Take(paidMonths).ToList();
                var method = f.PickRandom(PaymentMethod.BankCollection, PaymentMethod.BankCollection, PaymentMethod.Transfer, PaymentMethod.Cash);
                var day = BillingDay(paid[^1].Period).AddDays(f.Random.Int(3, 14));
                await PaymentBooking.BookAsync(db, new PaymentRequest(
                    unit.Id, paid.Sum(b => b.Total), method, $"demo:{unit.Id}:{paid[^1].Period}", "demo",
                    BillIds: paid.Select(b => b.Id).ToList(), ReceivedAt: At(day), NotesChecked: method == PaymentMethod.Cash), TimeProvider.System, ct);
            }
            db.ChangeTracker.Clear();
        }
    }

    private static DateOnly BillingDay(string period) => DateOnly.ParseExact(period + "-01", "yyyy-MM-dd");
    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
