using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>Something staff recorded about an order (API.md, "Staff: what happened").</summary>
public interface IStaffEvent
{
    /// <summary>Client-chosen id: the same id twice has effect once.</summary>
    EventId EventId { get; }

    /// <summary>Who recorded the event.</summary>
    StaffId StaffId { get; }
}
