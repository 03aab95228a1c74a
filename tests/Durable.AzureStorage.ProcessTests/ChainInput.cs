namespace Durable.AzureStorage;

/// <summary>The input of the test host's "Chain" orchestration (mirrors the host's own record).</summary>
internal sealed record ChainInput(int Start, int Steps);
