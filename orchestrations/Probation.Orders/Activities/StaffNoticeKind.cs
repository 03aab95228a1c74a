namespace Probation.Orders.Activities;

/// <summary>What a <see cref="StaffNotice"/> tells its recipient.</summary>
public enum StaffNoticeKind
{
    /// <summary>The order was allocated to the recipient.</summary>
    Allocated = 1,

    /// <summary>The person moved prison: a new offender supervisor is due (T-OS-ALLOC).</summary>
    PrisonTransfer = 2,

    /// <summary>A failure on licence: the offender manager considers recall.</summary>
    RecallConsideration = 3,
}
