namespace Durable.AzureStorage.TestHost;

/// <summary>The output of "Chain": the final value and the host that ran each step, in order.</summary>
internal sealed record ChainOutput(int Value, IReadOnlyList<string> Hosts);
