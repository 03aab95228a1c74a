namespace Probation.Reliability.Suite;

/// <summary>A task hub name per test (3-45 letters and digits): a prefix saying which part, then a random tail.</summary>
internal static class HubNames
{
    /// <summary>
    /// A new hub on the suite's storage, emptied first: Azurite keeps all its tables in one in-memory database, which it
    /// scans for every query and writes out whole every 5 s, so its cost per request grows with what earlier parts left.
    /// </summary>
    public static async Task<SuiteHub> NewAsync(PrivateAzurite storage, string part)
    {
        await storage.EmptyAsync();
        return new(storage, part + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
