namespace Durable.AzureStorage;

/// <summary>The output of the test host's "Chain" orchestration: the final value and the host that ran each step.</summary>
internal sealed record ChainOutput(int Value, IReadOnlyList<string> Hosts);
