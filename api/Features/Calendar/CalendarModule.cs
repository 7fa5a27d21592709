using GraphQL.Types;

namespace PropertySaaS.Api.Features.Calendar;

/// <summary>The working-day calendar: shared by every feature that counts deadlines (docs/architecture/calendar.md).</summary>
public sealed class CalendarModule : FeatureModule
{
    public override int Order => 15;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IWorkingCalendars, CompanyCalendars>();
    }

    public override void AddQueries(ObjectGraphType query) => CalendarGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => CalendarGraph.AddMutations(mutation);
}
