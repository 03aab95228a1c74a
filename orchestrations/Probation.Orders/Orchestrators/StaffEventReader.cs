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

        if (StaffEventNames.All.FirstOrDefault(e => e.Key == pending.Name).Value is not { } type)
        {
            return new ReceivedEvent(pending.Name, null, "no staff event has this name");
        }

        try
        {
            return new ReceivedEvent(pending.Name, (IStaffEvent?)body.Deserialize(type, OrderJson.Options));
        }
        catch (JsonException)
        {
            // A body that does not read as its event must not fail the order: the step records it as rejected.
            return new ReceivedEvent(pending.Name, null, $"the body is not a {pending.Name} event");
        }
    }
}
