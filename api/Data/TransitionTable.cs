namespace PropertySaaS.Api.Data;

/// <summary>
/// A record's states and the moves allowed between them, in one place (STYLE: state machines are explicit; see
/// docs/architecture.md). Code that changes a status asks the table first (<see cref="Ensure"/>), and set-based writers
/// use <see cref="From"/> to update only rows whose current state may move to the new one. Each table is tested as a
/// table (every pair allowed or refused).
/// </summary>
public sealed class TransitionTable<TState>(IReadOnlyDictionary<TState, TState[]> allowed, ErrorKind? refusal = null) where TState : struct, Enum
{
    /// <summary>The states from which <paramref name="to"/> may be reached.</summary>
    public TState[] From(TState to) => allowed.Where(a => a.Value.Contains(to)).Select(a => a.Key).ToArray();

    public bool CanMove(TState from, TState to) => allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Every state the table knows (tests walk all pairs).</summary>
    public IReadOnlyCollection<TState> States => Enum.GetValues<TState>();

    /// <summary>Refuses an illegal move with the table's typed error (a <see cref="RuleException"/> the use case reports).</summary>
    public void Ensure(TState from, TState to, string? field = "status")
    {
        if (!CanMove(from, to)) throw new RuleException(refusal ?? CoreErrors.StatusChangeRefused, field, Label(from), Label(to));
    }

    /// <summary>A state's label: the message <c>status.&lt;Enum&gt;.&lt;Value&gt;</c> where the feature defines one, else its name.</summary>
    public static string Label(TState state) =>
        $"status.{typeof(TState).Name}.{state}" is var key && Localization.Messages.All.ContainsKey(key) ? key : state.ToString();
}
