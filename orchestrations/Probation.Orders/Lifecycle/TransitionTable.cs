using System.Collections.Frozen;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// One state machine's transitions as data: (from, trigger) → to. Anything not listed is illegal
/// and throws <see cref="IllegalTransitionException"/>, which the API maps to 409.
/// </summary>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly FrozenDictionary<(TState From, TTrigger Trigger), TState> _moves;

    /// <summary>Creates the table of <paramref name="stateMachine"/> from its allowed moves.</summary>
    public TransitionTable(string stateMachine, IEnumerable<(TState From, TTrigger Trigger, TState To)> moves)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateMachine);
        ArgumentNullException.ThrowIfNull(moves);
        StateMachine = stateMachine;
        _moves = moves.ToFrozenDictionary(m => (m.From, m.Trigger), m => m.To);
    }

    /// <summary>The machine's name, used in errors.</summary>
    public string StateMachine { get; }

    /// <summary>Every allowed move, for documentation and tests.</summary>
    public IEnumerable<(TState From, TTrigger Trigger, TState To)> Moves =>
        _moves.Select(m => (m.Key.From, m.Key.Trigger, m.Value));

    /// <summary>Whether <paramref name="trigger"/> is allowed in state <paramref name="from"/>.</summary>
    public bool Allows(TState from, TTrigger trigger) => _moves.ContainsKey((from, trigger));

    /// <summary>The state after <paramref name="trigger"/>; throws when the table has no such move.</summary>
    public TState Next(TState from, TTrigger trigger) =>
        _moves.TryGetValue((from, trigger), out var to)
            ? to
            : throw new IllegalTransitionException(StateMachine, from.ToString(), trigger.ToString());
}
