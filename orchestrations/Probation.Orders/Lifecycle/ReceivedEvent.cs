using Probation.Orders.Events;

namespace Probation.Orders.Lifecycle;

/// <summary>A staff event as it arrived under <see cref="Name"/>; <see cref="Problem"/> says why it could not be read.</summary>
internal sealed record ReceivedEvent(string Name, IStaffEvent? Event, string? Problem = null);
