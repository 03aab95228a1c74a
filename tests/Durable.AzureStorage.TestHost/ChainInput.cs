namespace Durable.AzureStorage.TestHost;

/// <summary>The input of "Chain": the starting value and how many steps to take.</summary>
internal sealed record ChainInput(int Start, int Steps);
