namespace Probation.Reliability.Suite;

/// <summary>A task hub name per test (3-45 letters and digits): a prefix saying which part, then a random tail.</summary>
internal static class HubNames
{
    public static SuiteHub New(PrivateAzurite storage, string part) =>
        new(storage, part + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
