using System.Text.Json.Serialization;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Rules;

namespace Probation.Orders.Enforcement;

/// <summary>
/// A breach made due by the failure <see cref="FailureAppointmentId"/> while warning <see cref="WarningId"/>
/// stood.
/// </summary>
/// <param name="ActionDue">The T-BREACH-ACT duty's due date and reason.</param>
public sealed record BreachCase(
    string BreachId,
    AppointmentId FailureAppointmentId,
    DateOnly FailedOn,
    string WarningId,
    DutyDue ActionDue,
    BreachState State,
    DateOnly? DecidedOn = null,
    StaffId? DecidedBy = null,
    CourtOutcome? CourtOutcome = null)
{
    /// <summary>Whether the breach still needs a decision or a court outcome.</summary>
    [JsonIgnore]
    public bool IsOpen => State is BreachState.Due or BreachState.Initiated;

    internal BreachCase Apply(BreachTrigger trigger) => this with { State = BreachTransitions.Table.Next(State, trigger) };
}
