using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Collection;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>A clock tests can stop at a chosen instant; real time otherwise.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset? Fixed { get; set; }
    public override DateTimeOffset GetUtcNow() => Fixed ?? base.GetUtcNow();
    /// <summary>Stops the clock at a local (Asia/Shanghai) time of a day.</summary>
    public DateTime SetLocal(DateOnly day, int hour, int minute = 0)
    {
        var utc = ContactWindows.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)));
        Fixed = new DateTimeOffset(utc, TimeSpan.Zero);
        return utc;
    }
}

/// <summary>Keeps what would have been sent, through the same interface as the real senders.</summary>
public sealed class CapturingSender : INotificationSender
{
    public ConcurrentQueue<Notification> Sent { get; } = new();
    public Task SendAsync(Notification message, CancellationToken ct) { Sent.Enqueue(message); return Task.CompletedTask; }
}

/// <summary>The real API with a settable clock and a capturing notification sender.</summary>
public sealed class CollectionApiFactory : ApiFactory
{
    public TestClock Clock { get; } = new();
    public CapturingSender Sender { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<INotificationSender>(Sender);
        });
    }
}

public sealed class CollectionFixture : IAsyncLifetime
{
    public CollectionApiFactory Api { get; } = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => Api.DisposeAsync();
}

/// <summary>
/// A company with one estate "催缴园", building 1栋: 101 owned by 张三 (13800001000), 102 owned by 李四 (13800001001),
/// 103 without an owner; and a second estate "别的园" with unit 201.
/// </summary>
public sealed record CollectionWorld(Tenant Tenant, Guid EstateId, Guid OtherEstateId, Guid U101, Guid U102, Guid U103, Guid U201, GraphQLClient Admin, DateOnly Today)
{
    public static async Task<CollectionWorld> CreateAsync(CollectionApiFactory api, string server = "local")
    {
        var company = await api.NewCompanyAsync("col", server);
        var today = ContactWindows.LocalDate(api.Clock.GetUtcNow().UtcDateTime);
        return await company.RegistryAsync(b =>
        {
            var estate = b.Estate("催缴园");
            var building = b.Building(estate, "1栋");
            var u101 = b.Unit(building, "101", 1, 100m);
            var u102 = b.Unit(building, "102", 1, 100m);
            var u103 = b.Unit(building, "103", 1, 100m);
            b.Owner(u101, b.Person("张三", "13800001000"));
            b.Owner(u102, b.Person("李四", "13800001001"));
            var other = b.Estate("别的园");
            var u201 = b.Unit(b.Building(other, "2栋"), "201", 2, 80m);
            return new CollectionWorld(company.Tenant, estate.Id, other.Id, u101.Id, u102.Id, u103.Id, u201.Id, company.Admin, today);
        });
    }

    public static Task RunJobsAsync(ApiFactory api) => api.RunDueJobsAsync();

    public Task EnqueueAsync<TJob>(ApiFactory api) where TJob : TenantJob => api.Get<TenantJobs>().EnqueueAsync<TJob>(Tenant.Slug);
}
