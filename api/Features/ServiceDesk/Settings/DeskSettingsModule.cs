using GraphQL.Types;
using PropertySaaS.Api.Features.Timers;

namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

/// <summary>The service desk's admin settings (issue 15 §6 admin) and its plug into the shared timer engine.</summary>
public sealed class DeskSettingsModule : FeatureModule
{
    public override int Order => 115;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddTimerSource<DeskTimerSource>();
    }

    public override void AddQueries(ObjectGraphType query) => DeskSettingsGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => DeskSettingsGraph.AddMutations(mutation);
}
