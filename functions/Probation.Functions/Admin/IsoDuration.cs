using System.Globalization;
using System.Text.RegularExpressions;

namespace Probation.Functions.Admin;

/// <summary>
/// ISO 8601 durations (<c>P16W</c>, <c>P1Y2M3DT4H5M6S</c>, <c>PT90M</c>) added to an instant: years and months as
/// calendar months, the rest as exact lengths.
/// </summary>
internal static partial class IsoDuration
{
    public static bool TryAdd(DateTimeOffset start, string duration, out DateTimeOffset result)
    {
        result = start;
        var match = Pattern().Match(duration);
        if (!match.Success || duration is "P" or "PT" || duration.EndsWith('T'))
        {
            return false;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            result = start.AddYears(Part("years")).AddMonths(Part("months"))
                + TimeSpan.FromDays((Part("weeks") * 7) + Part("days"))
                + new TimeSpan(Part("hours"), Part("minutes"), Part("seconds"));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^P(?:(?<years>\d{1,4})Y)?(?:(?<months>\d{1,5})M)?(?:(?<weeks>\d{1,5})W)?(?:(?<days>\d{1,6})D)?(?:T(?:(?<hours>\d{1,7})H)?(?:(?<minutes>\d{1,9})M)?(?:(?<seconds>\d{1,10})S)?)?$")]
    private static partial Regex Pattern();
}
