using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Collection;
using PropertySaaS.Api.Features.Billing.Online;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>The kinds of record an ID argument can name. A new kind needs a line in <see cref="IsolationWorld"/>'s builder.</summary>
public enum IdKind { Estate, Building, Department, FeeItem, Shift, BankBatch, Unit, Person, Ownership, Tenancy, Bill, Payment, Checkout, Anomaly, CalendarDay, StaffMember, ServiceRequest, Claim, Visit, Attachment }

/// <summary>Where a record lies, seen from the caller: their own household, a wall away, or nowhere.</summary>
public enum Place { Own, OtherHousehold, OtherEstate, OtherCompany, Random }

/// <summary>Who calls: the resident of household A, the staff of estate A (every staff role), or company A's administrator.</summary>
public enum Caller { Resident, EstateStaff, CompanyAdmin }

/// <summary>
/// Two companies, A and B, built alike: estate 1 with households (units) 1 and 2, estate 2 with household 3. Every
/// household has a current owner, a tenant, a family member, bills, a payment, a meter reading, a reminder, a bank mandate,
/// an online checkout, a repair request reported by its owner, dispatched to the estate's staff member, with a claim, a photo, and a planned visit; every estate a building, its departments, a staff member, a fee item, a billing run, an open
/// cashier shift (estate 1's is the estate staff caller's) and a bank collection batch.
/// The callers belong to A's household 1 / estate 1; <see cref="Id"/> answers a real id of a kind at each
/// <see cref="Place"/> from there.
/// </summary>
public sealed class IsolationWorld
{
    /// <summary>Kinds that belong to an estate, not to a household: "another household" has none of its own.</summary>
    public static readonly IReadOnlySet<IdKind> EstateLevel = new HashSet<IdKind> { IdKind.Estate, IdKind.Building, IdKind.Department, IdKind.FeeItem, IdKind.Shift, IdKind.BankBatch, IdKind.CalendarDay, IdKind.StaffMember };

    private readonly Dictionary<Place, Dictionary<IdKind, Guid>> _ids = new();
    private readonly Dictionary<Caller, string> _tokens = new();

    public required ApiFactory Api { get; init; }
    public required Tenant A { get; init; }
    public required Tenant B { get; init; }
    public required string StripeAccountA { get; init; }

    public Guid Id(IdKind kind, Place place) => place == Place.Random ? Guid.NewGuid() : _ids[place][kind];
    public GraphQLClient Client(Caller caller, string language = "zh-CN") => Api.Client(_tokens[caller], language: language);
    public string Token(Caller caller) => _tokens[caller];

    /// <summary>The foreign places a caller must not reach: a resident is walled in by household, staff by estate, an administrator by company.</summary>
    public static IEnumerable<Place> ForeignTo(Caller caller, IdKind kind)
    {
        if (caller == Caller.Resident && !EstateLevel.Contains(kind)) yield return Place.OtherHousehold;
        if (caller != Caller.CompanyAdmin) yield return Place.OtherEstate;
        yield return Place.OtherCompany;
        yield return Place.Random;
    }

    public static async Task<IsolationWorld> CreateAsync(ApiFactory api, string serverA, string serverB)
    {
        // Named by server: a factory's companies share one catalog, and each world needs its own pair.
        var a = await api.CompanyAsync("wall-a-" + serverA, serverA);
        var b = await api.CompanyAsync("wall-b-" + serverB, serverB);
        var accountA = "acct_wall" + a.Slug.Replace("-", "");
        var inA = await BuildAsync(api, a, accountA);
        var inB = await BuildAsync(api, b, "acct_wall" + b.Slug.Replace("-", ""));
        var world = new IsolationWorld { Api = api, A = a, B = b, StripeAccountA = accountA };
        world._ids[Place.Own] = inA[(0, 0)];
        world._ids[Place.OtherHousehold] = inA[(0, 1)];
        world._ids[Place.OtherEstate] = inA[(1, 0)];
        world._ids[Place.OtherCompany] = inB[(0, 0)];
        var own = world._ids[Place.Own];
        world._tokens[Caller.Resident] = TestTokens.For(a.Slug, ["resident"], person: own[IdKind.Person], user: "wall-resident");
        world._tokens[Caller.EstateStaff] = TestTokens.For(a.Slug, [.. global::PropertySaaS.Api.Core.Viewer.StaffRoles], [own[IdKind.Estate]], user: "wall-staff");
        world._tokens[Caller.CompanyAdmin] = TestTokens.For(a.Slug, ["company_admin"], user: "wall-admin");
        return world;
    }

    /// <summary>One company's records; the ids of each household by (estate, household) index.</summary>
    private static async Task<Dictionary<(int, int), Dictionary<IdKind, Guid>>> BuildAsync(ApiFactory api, Tenant t, string stripeAccount)
    {
        var result = new Dictionary<(int, int), Dictionary<IdKind, Guid>>();
        var now = DateTime.UtcNow;
        await using (var db = api.Open(t))
        {
            var r = new RegistryBuilder(db, seed: 11);
            (await db.Set<BillingSettings>().SingleAsync()).StripeAccountId = stripeAccount;
            foreach (var (estateIndex, households) in new[] { (0, 2), (1, 1) })
            {
                var estate = r.Estate($"墙{estateIndex + 1}园");
                var building = r.Building(estate, "1栋");
                ReferenceData.AddEstateDepartments(db, estate.Id);
                var fee = new FeeItem { EstateId = estate.Id, Name = "物业服务费", Kind = FeeKind.FixedMonthly, CreatedAt = now };
                db.FeeItems.Add(fee);
                // Estate 1's till is the estate staff caller's own open shift.
                var shift = new CashierShift { EstateId = estate.Id, CashierId = estateIndex == 0 ? "wall-staff" : "cashier-" + estate.Id, CashierName = "收银员", Status = ShiftStatus.Open, OpenedAt = now };
                db.CashierShifts.Add(shift);
                var batch = new BankCollectionBatch { EstateId = estate.Id, CollectionDate = new DateOnly(2026, 11, 15), CreatedBy = "wall-admin", CreatedAt = now };
                db.Add(batch);
                db.BillingRuns.Add(new BillingRun { EstateId = estate.Id, Period = "2026-10", Status = BillingRunStatus.Completed, RequestedBy = "wall-admin", CreatedAt = now });
                var calendarDay = new PropertySaaS.Api.Features.Calendar.CalendarDayOverride { EstateId = estate.Id, Date = new DateOnly(2026, 12, 24), Note = "墙", CreatedAt = now, CreatedBy = "wall-admin" };
                db.Add(calendarDay);
                await db.SaveChangesAsync();
                var department = await db.Departments.Where(d => d.EstateId == estate.Id).OrderBy(d => d.Name).Select(d => d.Id).FirstAsync();
                var member = new StaffMember { Name = "墙员工", Phone = "1380000900" + estateIndex, DepartmentId = department, HiredOn = new DateOnly(2020, 1, 1) };
                member.Assignments.Add(new EstateAssignment { StaffMemberId = member.Id, EstateId = estate.Id, From = new DateOnly(2020, 1, 1) });
                db.StaffMembers.Add(member);
                for (var h = 0; h < households; h++)
                {
                    var unit = r.Unit(building, $"{h + 1}01", h + 1);
                    var owner = r.Person($"墙业主{estateIndex}{h}");
                    var ownership = r.Owner(unit, owner);
                    var lease = r.Lease(unit, r.Person($"墙租户{estateIndex}{h}"));
                    r.Member(unit, r.Person($"墙家属{estateIndex}{h}"));
                    await db.SaveChangesAsync();
                    await db.BillAsync(unit.Id, "2026-10", 300m, feeItemId: fee.Id);
                    var open = await db.BillAsync(unit.Id, "2026-11", 300m, feeItemId: fee.Id);
                    db.Add(new PropertySaaS.Api.Features.Billing.Metering.MeterReading { UnitId = unit.Id, EstateId = estate.Id, Period = "2026-10", Previous = 10m, Current = 20m, RecordedBy = "wall-staff", RecordedAt = now });
                    db.Add(new ArrearsReminder { UnitId = unit.Id, EstateId = estate.Id, TemplateCode = "ARREARS_1", Text = "请缴费", Amount = 300m, ScheduledFor = now, CreatedBy = "wall-staff", CreatedAt = now });
                    db.Add(new BankMandate { UnitId = unit.Id, BankName = "中国工商银行", AccountName = owner.Name, AccountNumber = "6222020000000000" + estateIndex + h, CreatedBy = "wall-admin", CreatedAt = now });
                    var checkout = new OnlineCheckout { UnitId = unit.Id, BillIds = open.Id.ToString(), Amount = 300m, Status = OnlineCheckoutStatus.Open,
                        IdempotencyKey = $"{unit.Id}:world", SessionId = "cs_wall_" + unit.Id.ToString("N"), StripeAccountId = stripeAccount, CreatedBy = "wall-resident", CreatedAt = now };
                    db.Add(checkout);
                    var anomaly = new PaymentAnomaly { CheckoutId = checkout.Id, UnitId = unit.Id, EstateId = estate.Id, PaymentIntentId = "pi_wall_" + unit.Id.ToString("N"),
                        Amount = 300m, StripeAccountId = stripeAccount, EventId = "evt_wall_" + unit.Id.ToString("N"), ReceivedAt = now, Status = PaymentAnomalyStatus.Open };
                    db.Add(anomaly);
                    var request = new PropertySaaS.Api.Features.ServiceDesk.ServiceRequest
                    {
                        Number = $"BX-202611-{estateIndex}{h:000}", Type = PropertySaaS.Api.Features.ServiceDesk.ServiceRequestType.Repair,
                        Channel = PropertySaaS.Api.Features.ServiceDesk.ServiceChannel.ResidentPortal, ReceivedAt = now, RecordedAt = now,
                        EstateId = estate.Id, UnitId = unit.Id, ReporterPersonId = owner.Id, Description = "漏水",
                        Status = PropertySaaS.Api.Features.ServiceDesk.ServiceRequestStatus.Dispatched, AssignedDepartmentId = department, AssignedStaffMemberId = member.Id,
                    };
                    request.Deadlines.Add(new PropertySaaS.Api.Features.ServiceDesk.ServiceDeadline { RequestId = request.Id, EstateId = estate.Id,
                        Kind = PropertySaaS.Api.Features.ServiceDesk.ServiceDeadlineKind.OnSite, StartsAt = now, WarnAt = now.AddHours(18), DueAt = now.AddHours(24) });
                    db.Add(request);
                    var claim = new PropertySaaS.Api.Features.ServiceDesk.ComplaintClaim { RequestId = request.Id, EstateId = estate.Id, Amount = 500m, Liability = "墙", ReceivedAt = now };
                    db.Add(claim);
                    var visit = new PropertySaaS.Api.Features.ServiceDesk.CustomerVisit { EstateId = estate.Id, UnitId = unit.Id, StaffMemberId = member.Id,
                        PlannedFor = new DateTime(2026, 11, 15, 2, 0, 0, DateTimeKind.Utc), PlannedAt = now };
                    db.Add(visit);
                    var photo = new PropertySaaS.Api.Features.ServiceDesk.ServiceRequestAttachment
                    {
                        RequestId = request.Id, Stage = PropertySaaS.Api.Features.ServiceDesk.AttachmentStage.Report, FileName = "漏水.jpg", ContentType = "image/jpeg",
                        Size = 3, UploadedAt = now, UploadedBy = "wall-resident",
                    };
                    db.Add(photo);
                    await db.SaveChangesAsync();
                    await api.Get<PropertySaaS.Api.Features.Attachments.IFileStore>().PutAsync(
                        new PropertySaaS.Api.Features.Attachments.FileKey(t.Id, PropertySaaS.Api.Features.ServiceDesk.UploadServiceRequestAttachment.Area, photo.Id), [0xFF, 0xD8, 0xFF], "image/jpeg", default);
                    result[(estateIndex, h)] = new()
                    {
                        [IdKind.Estate] = estate.Id, [IdKind.Building] = building.Id, [IdKind.Department] = department, [IdKind.FeeItem] = fee.Id,
                        [IdKind.Shift] = shift.Id, [IdKind.BankBatch] = batch.Id, [IdKind.Unit] = unit.Id, [IdKind.Person] = owner.Id,
                        [IdKind.Ownership] = ownership.Id, [IdKind.Tenancy] = lease.Id, [IdKind.Bill] = open.Id, [IdKind.Checkout] = checkout.Id,
                        [IdKind.Anomaly] = anomaly.Id, [IdKind.CalendarDay] = calendarDay.Id, [IdKind.StaffMember] = member.Id,
                        [IdKind.ServiceRequest] = request.Id, [IdKind.Claim] = claim.Id, [IdKind.Visit] = visit.Id, [IdKind.Attachment] = photo.Id,
                    };
                }
            }
        }
        // Payments through the API, so receipt numbers and ledger entries are what the booking makes.
        foreach (var ids in result.Values)
        {
            // One cashier per estate: a cashier's shift belongs to one estate.
            var admin = api.Client(TestTokens.For(t.Slug, ["company_admin"], user: "wall-cashier-" + ids[IdKind.Estate]));
            ids[IdKind.Payment] = (await admin.RecordPaymentAsync(ids[IdKind.Unit], 300m, "wall-" + ids[IdKind.Unit], "TRANSFER", notesChecked: null)).Ok().Id;
        }
        // Each payment taken at its estate's till, so payments(shiftId) has something to show.
        await using (var db = api.Open(t))
        {
            foreach (var ids in result.Values)
                (await db.Payments.SingleAsync(p => p.Id == ids[IdKind.Payment])).ShiftId = ids[IdKind.Shift];
            await db.SaveChangesAsync();
        }
        return result;
    }
}
