using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Timers;

namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

/// <summary>Who edits the desk's settings: company administrators everything; an estate manager their estate's chain and channels.</summary>
public static partial class DeskSettingsAccess
{
    public static readonly Access CompanyAdmins = Access.Roles(AppRoles.CompanyAdmin);
    public static readonly Access EstateAdmins = Access.Roles(AppRoles.CompanyAdmin, AppRoles.EstateManager);

    internal static void Text(Check check, string? value, string field, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required) check.Invalid(field, "REQUIRED", "ds.field." + field); }
        else if (value.Trim().Length > max) check.Invalid(field, "TOO_LONG", "ds.field." + field, max);
    }

    internal static void Range(Check check, int? value, string field, int min, int max)
    {
        if (value is { } v && (v < min || v > max)) check.Invalid(field, "DS_RANGE", "ds.field." + field, min, max);
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Z0-9_-]{1,20}$")] internal static partial Regex CodePattern();
    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{4,28}$")] internal static partial Regex TelephonePattern();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] internal static partial Regex EmailPattern();
}

/// <summary>Edits, deactivates or adds a category of a request type (a default category edited becomes the company's own row).</summary>
public static class SaveServiceCategory
{
    public static readonly UseCase<SaveServiceCategoryInput, CategoryView> UseCase = new(DeskSettingsAccess.CompanyAdmins, RunAsync);

    public static async Task<Payload<CategoryView>> RunAsync(RequestContext rc, SaveServiceCategoryInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        var code = i.Code?.Trim() ?? "";
        if (!DeskSettingsAccess.CodePattern().IsMatch(code)) check.Invalid("code", "DS_CODE_FORMAT");
        DeskSettingsAccess.Text(check, i.Name, "name", 50, required: true);
        if (check.Failed) return Payload<CategoryView>.Fail(check);
        var row = await rc.Db.ServiceCategories.SingleOrDefaultAsync(c => c.Type == i.Type && c.Code == code, ct);
        if (row is null)
        {
            var builtIn = DefaultCategories.Find(i.Type, code);
            rc.Db.ServiceCategories.Add(row = new ServiceCategory { Type = i.Type, Code = code, Name = "", SortOrder = builtIn?.SortOrder ?? 1000 });
        }
        row.Name = i.Name.Trim();
        row.Active = i.Active;
        if (i.SortOrder is { } order) row.SortOrder = order;
        (row.UpdatedAt, row.UpdatedBy) = (rc.Now, rc.Viewer.UserId);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<CategoryView>.Ok(CategoryView.Of(row));
    }
}

/// <summary>Sets the company's urgency limits (§6.5); a null value goes back to the suggested default. Requests received later count on them.</summary>
public static class SetDeskLimits
{
    public static readonly UseCase<SetDeskLimitsInput, DeskLimitsView> UseCase = new(DeskSettingsAccess.CompanyAdmins, RunAsync);

    public static async Task<Payload<DeskLimitsView>> RunAsync(RequestContext rc, SetDeskLimitsInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        DeskSettingsAccess.Range(check, i.EmergencyAcknowledgeMinutes, "emergencyAcknowledgeMinutes", 1, 120);
        DeskSettingsAccess.Range(check, i.EmergencyOnSiteMinutes, "emergencyOnSiteMinutes", 5, 24 * 60);
        DeskSettingsAccess.Range(check, i.OrdinaryAppointmentWorkingHours, "ordinaryAppointmentWorkingHours", 1, 72);
        DeskSettingsAccess.Range(check, i.OrdinaryOnSiteHours, "ordinaryOnSiteHours", 1, 7 * 24);
        DeskSettingsAccess.Range(check, i.CompletionWorkingDays, "completionWorkingDays", 1, 60);
        if (check.Failed) return Payload<DeskLimitsView>.Fail(check);
        var s = await rc.Db.DeskLimitSettings.SingleOrDefaultAsync(ct);
        if (s is null) rc.Db.DeskLimitSettings.Add(s = new DeskLimitSettings());
        (s.EmergencyAcknowledgeMinutes, s.EmergencyOnSiteMinutes, s.OrdinaryAppointmentWorkingHours, s.OrdinaryOnSiteHours, s.CompletionWorkingDays) =
            (i.EmergencyAcknowledgeMinutes, i.EmergencyOnSiteMinutes, i.OrdinaryAppointmentWorkingHours, i.OrdinaryOnSiteHours, i.CompletionWorkingDays);
        var limits = DeskLimits.Of(s);
        if (limits.EmergencyAcknowledge > limits.EmergencyOnSite)
            return Payload<DeskLimitsView>.Fail(check.Fail(DeskSettingsErrors.LimitsOutOfOrder, "emergencyAcknowledgeMinutes"));
        (s.UpdatedAt, s.UpdatedBy) = (rc.Now, rc.Viewer.UserId);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<DeskLimitsView>.Ok(DeskLimitsView.Of(limits));
    }
}

/// <summary>Names the CS head and estate manager of an estate's escalation chain (or clears them: the positions' holders apply) and its step times.</summary>
public static class SetEscalationChain
{
    public static readonly UseCase<SetEscalationChainInput, EscalationChainView> UseCase = new(DeskSettingsAccess.EstateAdmins, RunAsync);

    public static async Task<Payload<EscalationChainView>> RunAsync(RequestContext rc, SetEscalationChainInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        DeskSettingsAccess.Range(check, i.CsHeadAfterMinutes, "csHeadAfterMinutes", 0, 7 * 24 * 60);
        DeskSettingsAccess.Range(check, i.ManagerAfterMinutes, "managerAfterMinutes", 0, 14 * 24 * 60);
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct))
            return Payload<EscalationChainView>.Fail(check.Missing("estateId", "NOT_FOUND", "entity.estate"));
        var today = DateOnly.FromDateTime(rc.Now);
        async Task StaffOfEstate(Guid? id, string field)
        {
            if (id is { } s && !await rc.Db.StaffMembers.AnyAsync(m => m.Id == s && m.Active
                    && m.Assignments.Any(a => a.EstateId == i.EstateId && a.From <= today && (a.To == null || a.To >= today)), ct))
                check.Missing(field, "NOT_FOUND", "entity.staff");
        }
        await StaffOfEstate(i.CsHeadStaffMemberId, "csHeadStaffMemberId");
        await StaffOfEstate(i.ManagerStaffMemberId, "managerStaffMemberId");
        if (check.Failed) return Payload<EscalationChainView>.Fail(check);
        if (i.ManagerAfterMinutes < i.CsHeadAfterMinutes)
            return Payload<EscalationChainView>.Fail(check.Fail(DeskSettingsErrors.EscalationStepsOutOfOrder, "managerAfterMinutes"));
        var chain = await rc.Db.EscalationChains.SingleOrDefaultAsync(c => c.EstateId == i.EstateId, ct);
        if (chain is null) rc.Db.EscalationChains.Add(chain = new EscalationChain { EstateId = i.EstateId });
        (chain.CsHeadStaffMemberId, chain.ManagerStaffMemberId, chain.CsHeadAfterMinutes, chain.ManagerAfterMinutes) =
            (i.CsHeadStaffMemberId, i.ManagerStaffMemberId, i.CsHeadAfterMinutes, i.ManagerAfterMinutes);
        (chain.UpdatedAt, chain.UpdatedBy) = (rc.Now, rc.Viewer.UserId);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<EscalationChainView>.Ok(await DeskSettingsQueries.ChainViewAsync(rc.Db, chain, rc.Now, ct));
    }
}

/// <summary>Publishes an estate's complaint channels (service-desk.md §2): the telephone is required, the rest optional.</summary>
public static class SetPublishedChannels
{
    public static readonly UseCase<SetPublishedChannelsInput, PublishedChannels> UseCase = new(DeskSettingsAccess.EstateAdmins, RunAsync);

    public static async Task<Payload<PublishedChannels>> RunAsync(RequestContext rc, SetPublishedChannelsInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        foreach (var (value, field) in new[] { (i.Phone, "phone"), (i.Fax, "fax"), (i.HqComplaintLine, "hqComplaintLine") })
            if (DeskSettingsAccess.Clean(value) is { } v && !DeskSettingsAccess.TelephonePattern().IsMatch(v)) check.Invalid(field, "DS_INVALID_TELEPHONE");
        if (DeskSettingsAccess.Clean(i.Email) is { } email && (email.Length > 100 || !DeskSettingsAccess.EmailPattern().IsMatch(email))) check.Invalid("email", "DS_INVALID_EMAIL");
        DeskSettingsAccess.Text(check, i.Hours, "hours", 100, required: false);
        DeskSettingsAccess.Text(check, i.Address, "address", 200, required: false);
        DeskSettingsAccess.Text(check, i.ContactPerson, "contactPerson", 50, required: false);
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
        if (check.Failed) return Payload<PublishedChannels>.Fail(check);
        if (DeskSettingsAccess.Clean(i.Phone) is null) return Payload<PublishedChannels>.Fail(check.Fail(DeskSettingsErrors.NoPublishedPhone, "phone"));
        var row = await rc.Db.PublishedChannels.SingleOrDefaultAsync(c => c.EstateId == i.EstateId, ct);
        if (row is null) rc.Db.PublishedChannels.Add(row = new PublishedChannels { EstateId = i.EstateId });
        row.Phone = DeskSettingsAccess.Clean(i.Phone);
        row.Hours = DeskSettingsAccess.Clean(i.Hours);
        row.Email = DeskSettingsAccess.Clean(i.Email);
        row.Fax = DeskSettingsAccess.Clean(i.Fax);
        row.Address = DeskSettingsAccess.Clean(i.Address);
        row.ContactPerson = DeskSettingsAccess.Clean(i.ContactPerson);
        row.HqComplaintLine = DeskSettingsAccess.Clean(i.HqComplaintLine);
        (row.UpdatedAt, row.UpdatedBy) = (rc.Now, rc.Viewer.UserId);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<PublishedChannels>.Ok(row);
    }
}
