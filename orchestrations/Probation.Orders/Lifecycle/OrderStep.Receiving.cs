using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Validation;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>Taking a staff event: once per event id, and never at the cost of the orchestration when it does not fit.</summary>
internal sealed partial class OrderStep
{
    /// <summary>
    /// Applies <paramref name="received"/>. A repeated event id changes nothing; an unreadable or invalid event, or one
    /// that contradicts the order's state, is recorded as rejected and changes nothing else.
    /// </summary>
    public static OrderStepResult Receive(OrderState state, ReceivedEvent received, OrderStepContext context)
    {
        if (received.Event is not { } staffEvent)
        {
            return Reject(state, context, received, received.Problem ?? "the event has no body");
        }

        if (state.HasProcessed(staffEvent.EventId))
        {
            return OrderStepResult.Unchanged(state);
        }

        if (Problem(state, staffEvent, context) is { } problem)
        {
            return Reject(state, context, received, problem);
        }

        try
        {
            var step = new OrderStep(state, context);
            step.Remember(staffEvent.EventId);
            step.Apply(staffEvent);
            step.Flush();
            return step.Finish();
        }
        catch (DomainException exception)
        {
            // The step worked on a copy, so throwing it away leaves the order exactly as it was.
            return Reject(state, context, received, exception.Message);
        }
    }

    private static string? Problem(OrderState state, IStaffEvent staffEvent, OrderStepContext context)
    {
        var validation = StaffEventValidator.Validate(staffEvent);
        if (!validation.IsValid)
        {
            return $"invalid {string.Join(", ", validation.Errors.Keys)}";
        }

        return EventAdmission.Check(state.Phase, context.Order.OrderType, state.Enforcement.OpenBreach?.State, staffEvent).Conflict;
    }

    private static OrderStepResult Reject(OrderState state, OrderStepContext context, ReceivedEvent received, string reason)
    {
        var step = new OrderStep(state, context);
        var eventId = received.Event?.EventId;
        if (eventId is { } id)
        {
            step.Remember(id);
        }

        var by = received.Event?.StaffId.Value ?? "unknown";
        step.Record(TimelineKind.EventRejected, by, $"{received.Name} event {eventId?.Value ?? "(unreadable)"} rejected: {reason}");
        step.Flush();
        return step.Finish(reason);
    }

    private void Remember(EventId eventId)
    {
        _processed.Add(eventId);
        if (_processed.Count > OrderState.ProcessedEventIdLimit)
        {
            _processed.RemoveAt(0);
        }
    }

    private void Apply(IStaffEvent staffEvent)
    {
        switch (staffEvent)
        {
            case AllocationEvent e:
                Allocate(e);
                break;
            case AppointmentEvent e:
                RecordAppointment(e);
                break;
            case ExplanationEvent e:
                RecordExplanation(e);
                break;
            case BreachDecisionEvent e:
                DecideBreach(e);
                break;
            case CourtOutcomeEvent e:
                RecordCourtOutcome(e);
                break;
            case PlanCompletedEvent e:
                CompletePlan(e);
                break;
            case ReviewCompletedEvent e:
                CompleteReview(e);
                break;
            case SignificantEvent e:
                RecordSignificantEvent(e);
                break;
            case CustodyEvent e:
                RecordCustodyEvent(e);
                break;
            case TerminationEvent e:
                Terminate(e);
                break;
        }
    }
}
