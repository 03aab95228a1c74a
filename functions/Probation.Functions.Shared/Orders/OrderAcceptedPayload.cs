using Probation.Functions.Integrators;

namespace Probation.Functions.Orders;

/// <summary>The answer to a posted order: the management payload of its instance plus the order's own URL.</summary>
public sealed record OrderAcceptedPayload(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string SuspendPostUri,
    string ResumePostUri,
    string PurgeHistoryDeleteUri,
    string OrderUri)
{
    public static OrderAcceptedPayload From(ManagementPayload management, string orderUri) => new(
        management.Id,
        management.StatusQueryGetUri,
        management.SendEventPostUri,
        management.TerminatePostUri,
        management.SuspendPostUri,
        management.ResumePostUri,
        management.PurgeHistoryDeleteUri,
        orderUri);
}
