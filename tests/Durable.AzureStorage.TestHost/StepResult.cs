namespace Durable.AzureStorage.TestHost;

/// <summary>The result of "Step": the incremented value and the host that ran it.</summary>
internal sealed record StepResult(int Value, string HostId);
