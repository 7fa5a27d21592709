using Bogus;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Staff;
using Person = PropertySaaS.Api.Features.Registry.Person;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// A company with <c>units</c> units spread over estates of 5 buildings × 20 floors × 10 doors, owned like the demo data:
/// ~92 % owned, 15 % of those co-owned, 5 % with an ended (resold) ownership kept as history. Fixed Bogus seed, zh_CN.
/// </summary>
public static class UnitListData
{
    public static async Task<(int Units, int People, int Ownerships)> FillAsync(TenantDbContext db, int units)
    {
        var f = new Faker("zh_CN") { Random = new Randomizer(20261123) };
        var today = new DateOnly(2026, 11, 1);
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var phone = 0;
        Person NewPerson()
        {
            var p = $"138{phone++:00000000}";
            var person = new Person
            {
                Name = f.Name.LastName() + f.Name.FirstName(), Phone = p, PhoneLast4 = p[^4..], CreatedAt = created,
                IdNumber = f.Random.ReplaceNumbers("33010619######") + f.Random.ReplaceNumbers("####"),
            };
            db.People.Add(person);
            return person;
        }

        int made = 0, people = 0, ownerships = 0;
        for (var e = 0; made < units; e++)
        {
            var estate = new Estate { Name = $"基准花园{e + 1}", Address = "杭州市基准路" + (e + 1) + "号", City = "杭州", CreatedAt = created };
            db.Estates.Add(estate);
            ReferenceData.AddEstateDepartments(db, estate.Id);
            for (var b = 1; b <= 5 && made < units; b++)
            {
                var building = new Building { EstateId = estate.Id, Name = $"{b}栋", Floors = 20 };
                db.Buildings.Add(building);
                for (var floor = 1; floor <= 20 && made < units; floor++)
                for (var door = 1; door <= 10 && made < units; door++, made++)
                {
                    var unit = new Unit
                    {
                        BuildingId = building.Id, EstateId = estate.Id, Number = $"{floor}{door:00}", Floor = floor,
                        BuildingArea = Math.Round(f.Random.Decimal(68, 168), 2), Usage = UnitUsage.Residential,
                        Status = f.PickRandom(UnitStatus.Occupied, UnitStatus.Occupied, UnitStatus.Vacant, UnitStatus.Renovating),
                    };
                    db.Units.Add(unit);
                    if (f.Random.Double() < 0.08) { unit.Status = UnitStatus.Unsold; continue; }
                    var since = today.AddDays(-f.Random.Int(60, 3000));
                    var coOwned = f.Random.Double() < 0.15;
                    db.Ownerships.Add(new Ownership { UnitId = unit.Id, PersonId = NewPerson().Id, Share = coOwned ? 50m : 100m, StartDate = since });
                    people++; ownerships++;
                    if (coOwned)
                    {
                        db.Ownerships.Add(new Ownership { UnitId = unit.Id, PersonId = NewPerson().Id, Share = 50m, StartDate = since.AddDays(1) });
                        people++; ownerships++;
                    }
                    if (f.Random.Double() < 0.05)
                    {
                        db.Ownerships.Add(new Ownership { UnitId = unit.Id, PersonId = NewPerson().Id, StartDate = since.AddYears(-5), EndDate = since.AddDays(-1) });
                        people++; ownerships++;
                    }
                }
            }
        }
        await db.SaveChangesAsync();
        return (made, people, ownerships);
    }
}
