namespace Probation.Orders;

/// <summary>A move that the named state machine's transition table does not allow.</summary>
public sealed class IllegalTransitionException : DomainException
{
    /// <summary>
    /// Creates the exception for <paramref name="trigger"/> applied in state <paramref name="from"/>.
    /// </summary>
    public IllegalTransitionException(string stateMachine, string from, string trigger)
        : base($"A {stateMachine} in state {from} cannot take {trigger}.")
    {
        StateMachine = stateMachine;
        From = from;
        Trigger = trigger;
    }

    /// <summary>Which machine refused the move, e.g. <c>warning</c>.</summary>
    public string StateMachine { get; }

    /// <summary>The state the machine was in.</summary>
    public string From { get; }

    /// <summary>The trigger that was refused.</summary>
    public string Trigger { get; }
}
