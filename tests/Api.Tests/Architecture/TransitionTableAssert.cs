namespace PropertySaaS.Api.Tests.Architecture;

/// <summary>Checks a transition table as a table: every (from, to) pair of its states is allowed exactly when listed.</summary>
public static class TransitionTableAssert
{
    /// <summary><paramref name="allowed"/>: "From→To" pairs separated by "; ", e.g. "Active→Replaced; Active→Cancelled".</summary>
    public static void Allows<TState>(TransitionTable<TState> table, string allowed, ErrorKind refusal) where TState : struct, Enum
    {
        var expected = allowed.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.All(expected, pair => Assert.Contains(pair.Split('→')[0], Enum.GetNames<TState>()));
        foreach (var from in table.States)
            foreach (var to in table.States)
            {
                var pair = $"{from}→{to}";
                Assert.True(expected.Contains(pair) == table.CanMove(from, to), $"{typeof(TState).Name}: {pair} should be {(expected.Contains(pair) ? "allowed" : "refused")}");
                if (expected.Contains(pair)) table.Ensure(from, to);
                else Assert.Same(refusal, Assert.Throws<RuleException>(() => table.Ensure(from, to)).Kind);
            }
    }
}
