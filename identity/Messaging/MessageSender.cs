using System.Collections.Concurrent;

namespace PropertySaaS.Identity.Messaging;

/// <param name="To">E-mail address or phone number.</param>
/// <param name="Code">The verification code or temporary password, when the message carries one.</param>
public sealed record OutgoingMessage(string To, string Subject, string Body, string? Code = null);

/// <summary>Every verification code and e-mail leaves through here, so a real SMS/e-mail gateway is one class.</summary>
public interface IMessageSender
{
    Task SendAsync(OutgoingMessage message, CancellationToken ct = default);
}

/// <summary>Development sender: writes to the log and keeps the last messages so tests can read codes.</summary>
public sealed class LogMessageSender(ILogger<LogMessageSender> logger) : IMessageSender
{
    private readonly ConcurrentQueue<OutgoingMessage> _sent = new();

    public IReadOnlyList<OutgoingMessage> Sent => _sent.ToArray();

    public Task SendAsync(OutgoingMessage message, CancellationToken ct = default)
    {
        logger.LogInformation("Message to {To}: {Subject} — {Body}", message.To, message.Subject, message.Body);
        _sent.Enqueue(message);
        while (_sent.Count > 100) _sent.TryDequeue(out _);
        return Task.CompletedTask;
    }

    public OutgoingMessage? LastTo(string to) => _sent.LastOrDefault(m => m.To.Equals(to, StringComparison.OrdinalIgnoreCase));
}

public static class MessagingSetup
{
    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LogMessageSender>();
        builder.Services.AddSingleton<IMessageSender>(sp => sp.GetRequiredService<LogMessageSender>());
        return builder;
    }
}
