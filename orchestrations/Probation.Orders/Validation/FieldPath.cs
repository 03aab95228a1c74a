using System.Globalization;

namespace Probation.Orders.Validation;

/// <summary>Builds the camelCase paths used as error keys: <c>person.crn</c>, <c>requirements[1].hours</c>.</summary>
internal static class FieldPath
{
    public const string Root = "$";

    public static string Child(string parent, string name) =>
        parent.Length == 0 || parent == Root ? name : $"{parent}.{name}";

    public static string Item(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");
}
