using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Timers;

namespace PropertySaaS.Api.Data;

/// <summary>The shared timer engine's tables on the company database.</summary>
public static class TimersData
{
    extension(TenantDbContext db)
    {
        public DbSet<TimerMark> TimerMarks => db.Set<TimerMark>();
        public DbSet<EscalationChain> EscalationChains => db.Set<EscalationChain>();
    }
}
