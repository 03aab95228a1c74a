namespace Probation.Functions.Integrators;

/// <summary>The management URLs of an instance, as Durable Functions' check-status response gives them.</summary>
public sealed record ManagementPayload(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string SuspendPostUri,
    string ResumePostUri,
    string PurgeHistoryDeleteUri);
