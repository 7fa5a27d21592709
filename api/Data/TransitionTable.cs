namespace PropertySaaS.Api.Data;

/// <summary>
/// A record's states and the moves allowed between them, in one place (STYLE: state machines are explicit). Writers
/// use <see cref="From"/> to update only rows whose current state may move to the new one.
/// </summary>
public sealed class TransitionTable<TState>(IReadOnlyDictionary<TState, TState[]> allowed) where TState : struct, Enum
{
    /// <summary>The states from which <paramref name="to"/> may be reached.</summary>
    public TState[] From(TState to) => allowed.Where(a => a.Value.Contains(to)).Select(a => a.Key).ToArray();

    public bool CanMove(TState from, TState to) => allowed[from].Contains(to);
}
