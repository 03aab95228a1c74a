using System.Text.Json;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Validation;

namespace Probation.Orders.Orchestrators;

/// <summary>Reads a <see cref="PendingEvent"/>'s body as the event its name stands for, in API.md's JSON.</summary>
internal static class StaffEventReader
{
    public static ReceivedEvent Read(PendingEvent pending)
    {
        if (pending.Payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return new ReceivedEvent(pending.Name, null, "the event has no body");
        }

        try
        {
            IStaffEvent? staffEvent = pending.Name switch
            {
                StaffEventNames.Allocation => body.Deserialize<AllocationEvent>(OrderJson.Options),
                StaffEventNames.Appointment => body.Deserialize<AppointmentEvent>(OrderJson.Options),
                StaffEventNames.Explanation => body.Deserialize<ExplanationEvent>(OrderJson.Options),
                StaffEventNames.BreachDecision => body.Deserialize<BreachDecisionEvent>(OrderJson.Options),
                StaffEventNames.CourtOutcome => body.Deserialize<CourtOutcomeEvent>(OrderJson.Options),
                StaffEventNames.Plan => body.Deserialize<PlanCompletedEvent>(OrderJson.Options),
                StaffEventNames.Review => body.Deserialize<ReviewCompletedEvent>(OrderJson.Options),
                StaffEventNames.SignificantEvent => body.Deserialize<SignificantEvent>(OrderJson.Options),
                StaffEventNames.CustodyEvent => body.Deserialize<CustodyEvent>(OrderJson.Options),
                _ => body.Deserialize<TerminationEvent>(OrderJson.Options),
            };
            return new ReceivedEvent(pending.Name, staffEvent);
        }
        catch (JsonException)
        {
            // A body that does not read as its event must not fail the order: the step records it as rejected.
            return new ReceivedEvent(pending.Name, null, $"the body is not a {pending.Name} event");
        }
    }
}
