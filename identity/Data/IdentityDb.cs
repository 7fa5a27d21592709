using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Identity.Data;

/// <summary>
/// The identity store: ASP.NET Core Identity users, OpenIddict tables, companies and memberships.
/// It sits beside the catalog, never inside a company database, because one person may belong to several companies.
/// Abstract so each provider has its own subclass and migrations (see <see cref="SqliteIdentityDb"/>, <see cref="PostgreSqlIdentityDb"/>).
/// </summary>
public abstract class IdentityDb(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<TenantEntry> Tenants => Set<TenantEntry>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();

        builder.Entity<AppUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.Property(x => x.HomeTenantSlug).HasMaxLength(64);
        });

        builder.Entity<TenantEntry>(t =>
        {
            t.HasKey(x => x.Slug);
            t.Property(x => x.Slug).HasMaxLength(64);
            t.Property(x => x.NameZh).HasMaxLength(200);
            t.Property(x => x.NameEn).HasMaxLength(200);
        });

        builder.Entity<Membership>(m =>
        {
            m.HasKey(x => x.Id);
            m.Property(x => x.TenantSlug).HasMaxLength(64);
            m.Property(x => x.DisplayName).HasMaxLength(200);
            m.HasOne<AppUser>().WithMany(u => u.Memberships).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            m.HasOne(x => x.Tenant).WithMany().HasForeignKey(x => x.TenantSlug).OnDelete(DeleteBehavior.Restrict);
            m.HasIndex(x => new { x.UserId, x.TenantSlug }).IsUnique();
        });

        builder.Entity<Invitation>(i =>
        {
            i.HasKey(x => x.Id);
            i.Property(x => x.CodeHash).HasMaxLength(128);
            i.HasIndex(x => x.CodeHash).IsUnique();
            i.Property(x => x.TenantSlug).HasMaxLength(64);
            i.Property(x => x.UnitLabel).HasMaxLength(200);
            i.Property(x => x.DisplayName).HasMaxLength(200);
            i.HasOne<TenantEntry>().WithMany().HasForeignKey(x => x.TenantSlug).OnDelete(DeleteBehavior.Cascade);
            i.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

public sealed class SqliteIdentityDb(DbContextOptions<SqliteIdentityDb> options) : IdentityDb(options);

public sealed class PostgreSqlIdentityDb(DbContextOptions<PostgreSqlIdentityDb> options) : IdentityDb(options);
