using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Notifications;

/// <summary>One individual message to one recipient (never a group message: communications.md §2.7, billing.md §7.4).</summary>
/// <param name="Recipient">Mobile number for SMS and calls; the unit id for a letter delivered at the door.</param>
/// <param name="Reference">What the message belongs to ("reminder:&lt;id&gt;"), so a gateway can drop repeats.</param>
public sealed record Notification(string TenantSlug, ContactChannel Channel, string Recipient, string TemplateCode, string Text, string Reference);

/// <summary>Delivers notifications (SMS gateway, letter print queue …). Development logs them; tests capture them.</summary>
public interface INotificationSender
{
    Task SendAsync(Notification message, CancellationToken ct);
}

/// <summary>The development sender: writes what would have been sent to the log, with the phone masked.</summary>
public sealed class LoggingNotificationSender(ILogger<LoggingNotificationSender> log) : INotificationSender
{
    public Task SendAsync(Notification m, CancellationToken ct)
    {
        var to = m.Channel == ContactChannel.Sms ? Masking.Phone(m.Recipient) : m.Recipient;
        log.LogInformation("Notification {Channel} to {Recipient} for {Tenant} ({Reference}, {Template}): {Text}", m.Channel, to, m.TenantSlug, m.Reference, m.TemplateCode, m.Text);
        return Task.CompletedTask;
    }
}
