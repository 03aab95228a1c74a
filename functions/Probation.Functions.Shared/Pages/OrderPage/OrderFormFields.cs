using System.Text.Json.Nodes;
using Probation.Functions.Pages.Layout;
using Probation.Orders.Events;

namespace Probation.Functions.Pages.OrderPage;

/// <summary>
/// What each form of the order page posts: the staff event it is, and its fields as the API's JSON body. Dates are
/// GOV.UK date inputs (day, month, year), joined as the API's <c>YYYY-MM-DD</c>; the API's validation judges the result,
/// so the page shows the API's messages.
/// </summary>
internal static class OrderFormFields
{
    /// <summary>The staff event name of a form (<see cref="StaffEventNames"/>).</summary>
    public static string EventName(OrderForm form) => form switch
    {
        OrderForm.Appointment => StaffEventNames.Appointment,
        OrderForm.Explanation => StaffEventNames.Explanation,
        OrderForm.Plan => StaffEventNames.Plan,
        _ => StaffEventNames.Review,
    };

    /// <summary>The date fields of a form, by their API name.</summary>
    public static string[] Dates(OrderForm form) => form switch
    {
        OrderForm.Appointment => ["date"],
        OrderForm.Explanation => ["receivedOn"],
        _ => ["completedOn"],
    };

    /// <summary>The other fields of a form, by their API name.</summary>
    public static string[] Texts(OrderForm form) => form switch
    {
        OrderForm.Appointment => ["staffId", "appointmentId", "kind", "outcome"],
        OrderForm.Explanation => ["staffId", "appointmentId", "acceptable", "note"],
        _ => ["staffId"],
    };

    /// <summary>The id of a field's input on the page (a date's first input, the day), where its error links to.</summary>
    public static string FieldId(OrderForm form, string field) =>
        Dates(form).Contains(field) ? $"{Prefix(form)}-{field}-day" : $"{Prefix(form)}-{field}";

    public static string Prefix(OrderForm form) => form.ToString().ToLowerInvariant();

    /// <summary>The API's JSON body of what was entered: empty fields are left out, so the API reports them as required.</summary>
    public static string Body(OrderForm form, string eventId, IReadOnlyDictionary<string, string> values)
    {
        var body = new JsonObject { ["eventId"] = eventId };
        foreach (var field in Texts(form).Where(f => values.GetValueOrDefault(f) is { Length: > 0 }))
        {
            body[field] = field == "acceptable" ? JsonValue.Create(values[field] == "true") : JsonValue.Create(values[field]);
        }

        foreach (var field in Dates(form))
        {
            var (day, month, year) = (values.GetValueOrDefault(field + "-day", string.Empty), values.GetValueOrDefault(field + "-month", string.Empty), values.GetValueOrDefault(field + "-year", string.Empty));
            if (day.Length + month.Length + year.Length > 0)
            {
                body[field] = $"{year.Trim()}-{month.Trim().PadLeft(2, '0')}-{day.Trim().PadLeft(2, '0')}";
            }
        }

        return body.ToJsonString();
    }

    /// <summary>The API's validation errors (field → messages) as the page's, each linked to its input.</summary>
    public static IReadOnlyList<PageError> Errors(OrderForm form, IDictionary<string, string[]> errors) =>
        [.. errors.SelectMany(e => e.Value.Select(message => new PageError(FieldId(form, e.Key), $"{Label(e.Key)} {message}")))];

    /// <summary>The words of a field in a message ("Date of the appointment must be a date in the form YYYY-MM-DD").</summary>
    public static string Label(string field) => field switch
    {
        "date" => "Date of the appointment",
        "receivedOn" => "Date the explanation was received",
        "completedOn" => "Date completed",
        "staffId" => "Your staff ID",
        "appointmentId" => "Appointment ID",
        "kind" => "Kind of appointment",
        "outcome" => "Outcome",
        "acceptable" => "Whether the explanation is acceptable",
        "note" => "Note",
        "eventId" => "The form's event ID",
        _ => field,
    };
}
