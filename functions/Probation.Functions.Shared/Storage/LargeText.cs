using System.Globalization;
using Azure.Data.Tables;

namespace Probation.Functions.Storage;

/// <summary>
/// Stores a string that may exceed the 64 KiB limit of one table property across numbered properties (<c>Name</c>,
/// <c>Name_1</c>, …, with <c>Name_Parts</c>), and reads it back whole. Nothing is ever truncated. The layout is the one
/// the app's rows have always had, so rows written before the move to the SDK read back unchanged.
/// </summary>
internal static class LargeText
{
    /// <summary>The characters stored per property: 64 KiB as UTF-16, with room to spare.</summary>
    public const int CharsPerProperty = 32_000;

    /// <summary>Writes <paramref name="value"/> under <paramref name="name"/>; nothing for <see langword="null"/>.</summary>
    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        var parts = Math.Max(1, (value.Length + CharsPerProperty - 1) / CharsPerProperty);
        for (var i = 0; i < parts; i++)
        {
            var start = i * CharsPerProperty;
            entity[PartName(name, i)] = value.Substring(start, Math.Min(CharsPerProperty, value.Length - start));
        }

        if (parts > 1)
        {
            entity[name + "_Parts"] = parts;
        }
    }

    /// <summary>Reads back a text written by <see cref="Write"/>; <see langword="null"/> when the entity has none.</summary>
    public static string? Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        if (first is null || entity.GetInt32(name + "_Parts") is not { } parts)
        {
            return first;
        }

        return string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString(PartName(name, i))));
    }

    private static string PartName(string name, int index) =>
        index == 0 ? name : name + "_" + index.ToString(CultureInfo.InvariantCulture);
}
