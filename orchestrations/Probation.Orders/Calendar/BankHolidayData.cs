using System.Text.Json;
using Probation.Orders.Validation;

namespace Probation.Orders.Calendar;

/// <summary>
/// Loads the England and Wales division of a gov.uk <c>bank-holidays.json</c>: the copy shipped in
/// this assembly, or a newer one from a configured path. Other divisions are ignored.
/// </summary>
public static class BankHolidayData
{
    /// <summary>The division probation in England and Wales works to.</summary>
    public const string EnglandAndWales = "england-and-wales";

    private const string ResourceName = "Probation.Orders.Calendar.bank-holidays.json";

    /// <summary>The snapshot shipped with the service (2018-2027).</summary>
    public static IReadOnlyList<BankHoliday> LoadEmbedded()
    {
        using var stream = typeof(BankHolidayData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new BankHolidayDataException($"The embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    /// <summary>
    /// A copy at <paramref name="path"/>, e.g. one downloaded from https://www.gov.uk/bank-holidays.json.
    /// </summary>
    public static IReadOnlyList<BankHoliday> LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads the file's JSON from <paramref name="stream"/>.</summary>
    public static IReadOnlyList<BankHoliday> Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Dictionary<string, BankHolidayDivision>? divisions;
        try
        {
            divisions = JsonSerializer.Deserialize<Dictionary<string, BankHolidayDivision>>(stream, OrderJson.Options);
        }
        catch (JsonException exception)
        {
            throw new BankHolidayDataException("The bank holiday file is not valid JSON in gov.uk's shape.", exception);
        }

        if (divisions is null || !divisions.TryGetValue(EnglandAndWales, out var division) || division.Events is not { Count: > 0 })
        {
            throw new BankHolidayDataException($"The bank holiday file has no {EnglandAndWales} events.");
        }

        var repeated = division.Events.GroupBy(e => e.Date).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new BankHolidayDataException($"The bank holiday file lists {repeated.Key:yyyy-MM-dd} more than once.");
        }

        return [.. division.Events.OrderBy(e => e.Date)];
    }
}
