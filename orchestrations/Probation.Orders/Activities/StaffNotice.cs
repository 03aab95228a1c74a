using Probation.Orders.Identifiers;

namespace Probation.Orders.Activities;

/// <summary>
/// Something staff must know that is not a duty's reminder (an allocation, a prison transfer, a recall consideration),
/// put on <c>staff-notifications</c> for the offender manager. Carries no names, dates of birth or notes.
/// </summary>
/// <param name="NoticeId">Derived from the order and what happened: storing it twice stores it once.</param>
public sealed record StaffNotice(
    string NoticeId,
    OrderId OrderId,
    Crn Crn,
    StaffId? StaffId,
    TeamId? TeamId,
    StaffNoticeKind Kind,
    DateOnly On,
    string Detail);
