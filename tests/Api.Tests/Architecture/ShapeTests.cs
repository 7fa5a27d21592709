using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Tests.Architecture;

/// <summary>The rules of docs/architecture.md that code can check: typed errors and transition tables.</summary>
public sealed class ShapeTests
{
    [Fact]
    public async Task Every_error_kind_has_a_documented_code_a_message_in_both_languages_and_its_own_schema_type()
    {
        await using var api = new ApiFactory();
        var schema = api.Services.GetRequiredService<AppSchema>();
        schema.Initialize();
        Assert.NotEmpty(ErrorKind.All);
        foreach (var kind in ErrorKind.All)
        {
            Assert.True(ErrorCodes.IsDocumented(kind.Code), kind.TypeName);
            Assert.True(Messages.All.TryGetValue(kind.MessageKey, out var text), $"{kind.TypeName}: no message {kind.MessageKey}");
            Assert.False(string.IsNullOrWhiteSpace(text.Zh) || string.IsNullOrWhiteSpace(text.En), kind.TypeName);
            var type = schema.AllTypes[kind.TypeName] as global::GraphQL.Types.IObjectGraphType;
            Assert.NotNull(type);
            Assert.Contains(type.ResolvedInterfaces, i => i.Name == "UserError");
        }
    }

    [Fact]
    public async Task Every_query_reads_and_every_mutation_runs_a_use_case_through_the_one_opening()
    {
        await using var api = new ApiFactory();
        var schema = api.Services.GetRequiredService<AppSchema>();
        schema.Initialize();
        string[] Without(global::GraphQL.Types.IObjectGraphType? root, string opening) =>
            [.. (root?.Fields ?? []).Where(f => f.GetMetadata<string>(PropertySaaS.Api.GraphQL.UseCaseFields.Opening) != opening).Select(f => f.Name)];
        Assert.Empty(Without(schema.Query, "reads"));
        Assert.Empty(Without(schema.Mutation, "useCase"));
    }

    [Fact]
    public void A_field_with_loose_arguments_maps_each_onto_the_input_record_by_name_and_refuses_a_mismatch_when_built()
    {
        var map = PropertySaaS.Api.GraphQL.UseCaseFields.ArgumentsOf<LooseInput>("f", ["slug", "count"]);
        Assert.NotNull(map);
        Assert.Throws<InvalidOperationException>(() => PropertySaaS.Api.GraphQL.UseCaseFields.ArgumentsOf<LooseInput>("f", ["slug"]));
        Assert.Throws<InvalidOperationException>(() => PropertySaaS.Api.GraphQL.UseCaseFields.ArgumentsOf<LooseInput>("f", ["slug", "count", "extra"]));
    }

    private sealed record LooseInput(string Slug, int? Count);

    [Fact]
    public void Production_registers_no_test_seam()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApiServices();
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(PropertySaaS.Api.Features.Billing.Online.StripeGateway));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(PropertySaaS.Api.Features.Billing.Online.StripeWebhookHooks));
    }

    [Fact]
    public void A_refused_status_change_is_a_typed_error_naming_both_states()
    {
        var table = new TransitionTable<BillingRunStatus>(new Dictionary<BillingRunStatus, BillingRunStatus[]>
        {
            [BillingRunStatus.Queued] = [BillingRunStatus.Running],
            [BillingRunStatus.Running] = [],
            [BillingRunStatus.Completed] = [],
            [BillingRunStatus.Failed] = [],
        });
        table.Ensure(BillingRunStatus.Queued, BillingRunStatus.Running);
        var refused = Assert.Throws<RuleException>(() => { table.Ensure(BillingRunStatus.Running, BillingRunStatus.Queued); });
        Assert.Same(CoreErrors.StatusChangeRefused, refused.Kind);
        var error = refused.ToError(Messages.English);
        Assert.Equal((ErrorCodes.Conflict, "status"), (error.Code, error.Field));
        Assert.Contains("Running", error.Message);
        Assert.Contains("Queued", error.Message);
    }

    public static TheoryData<string, string?, string, string?, string> RateCases => new()
    {
        // existing open rate from 2026-01-01; new rate from …, to …  → expected rates afterwards (from..to; …) or a refusal
        { "2026-01-01", null, "2026-07-01", null, "2026-01-01..2026-06-30; 2026-07-01.." },
        { "2026-01-01", null, "2026-01-01", null, "RateOverlaps" },
        { "2026-01-01", null, "2025-06-01", "2025-12-31", "2025-06-01..2025-12-31; 2026-01-01.." },
        { "2026-01-01", null, "2025-06-01", "2026-01-01", "RateOverlaps" },
        { "2026-01-01", "2026-03-31", "2026-03-01", null, "RateOverlaps" },
        { "2026-01-01", "2026-03-31", "2026-04-01", null, "2026-01-01..2026-03-31; 2026-04-01.." },
    };

    [Theory, MemberData(nameof(RateCases))]
    public void A_new_rate_closes_the_open_rate_before_it_or_is_refused_where_dates_overlap(string from, string? to, string newFrom, string? newTo, string expected)
    {
        var item = new FeeItem { Name = "物业服务费" };
        item.Rates.Add(new FeeRate { Amount = 2m, EffectiveFrom = DateOnly.Parse(from), EffectiveTo = to is null ? null : DateOnly.Parse(to) });
        string outcome;
        try
        {
            item.AddRate(3m, DateOnly.Parse(newFrom), newTo is null ? null : DateOnly.Parse(newTo));
            outcome = string.Join("; ", item.Rates.OrderBy(r => r.EffectiveFrom).Select(r => $"{r.EffectiveFrom:yyyy-MM-dd}..{r.EffectiveTo:yyyy-MM-dd}"));
        }
        catch (RuleException e) { outcome = e.Kind.TypeName; }
        Assert.Equal(expected, outcome);
    }
}
