namespace Probation.Reliability.Suite;

/// <summary>
/// A check that runs in the full form only (<c>scripts/reliability.sh</c>), and is skipped with its reason in the short
/// form that <c>scripts/test.sh</c> and CI run: for a measured failure not yet fixed, so that the full suite keeps
/// failing on it while the everyday suite stays usable.
/// </summary>
public sealed class FullFormFactAttribute : FactAttribute
{
    public FullFormFactAttribute(string reason)
    {
        if (SuiteSize.Current != SuiteSize.Full)
        {
            Skip = "Full form only (scripts/reliability.sh): " + reason;
        }
    }
}
