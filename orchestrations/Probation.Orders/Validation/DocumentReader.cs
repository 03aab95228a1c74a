using System.Text.Json;
using System.Text.Json.Nodes;
using Probation.Orders.Documents;
using Probation.Orders.Events;

namespace Probation.Orders.Validation;

/// <summary>
/// Reads request bodies into their records and validates them in one pass, so a 400 lists every
/// problem: a bad enum name, an unparseable date and a wrong CRN are all reported together.
/// </summary>
public static class DocumentReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a new order (API.md, <c>POST /api/orders</c> and the <c>court-orders</c> queue).</summary>
    public static ReadResult<OrderDocument> ReadOrder(string json) =>
        Read<OrderDocument>(json, OrderDocumentValidator.Validate);

    /// <summary>Reads the body of one staff event route, e.g. <see cref="AppointmentEvent"/>.</summary>
    public static ReadResult<TEvent> ReadStaffEvent<TEvent>(string json)
        where TEvent : class, IStaffEvent =>
        Read<TEvent>(json, (staffEvent, errors) => StaffEventValidator.Validate(staffEvent, errors));

    private static ReadResult<T> Read<T>(string json, Action<T, ValidationErrors> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new ValidationErrors();
        var value = Deserialize<T>(json, errors);
        if (value is not null)
        {
            validate(value, errors);
        }

        return errors.IsEmpty ? new ReadResult<T>(value, ValidationResult.Valid) : new ReadResult<T>(null, errors.ToResult());
    }

    private static T? Deserialize<T>(string json, ValidationErrors errors)
        where T : class
    {
        try
        {
            if (JsonNode.Parse(json, NodeOptions) is not JsonObject root)
            {
                errors.AddUnreadable(FieldPath.Root, "must be a JSON object");
                return null;
            }

            JsonShape.CheckObject(root, OrderJson.Options.GetTypeInfo(typeof(T)), string.Empty, errors);
            return root.Deserialize<T>(OrderJson.Options);
        }
        catch (JsonException exception)
        {
            errors.AddUnreadable(PathOf(exception), "is not valid JSON");
            return null;
        }
        catch (ArgumentException)
        {
            // JsonObject refuses a property name that appears twice.
            errors.AddUnreadable(FieldPath.Root, "must not repeat a property name");
            return null;
        }
    }

    private static string PathOf(JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : FieldPath.Root;
}
