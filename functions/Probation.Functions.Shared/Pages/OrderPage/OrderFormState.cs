using Probation.Functions.Pages.Layout;

namespace Probation.Functions.Pages.OrderPage;

/// <summary>
/// A form of the order page as it is shown: the event id it will post (the same on every resubmission of this form, so
/// a double click has effect once), what was entered, and its errors when it was refused.
/// </summary>
public sealed record OrderFormState(OrderForm Form, string EventId, IReadOnlyDictionary<string, string> Values, IReadOnlyList<PageError> Errors)
{
    public string Value(string field) => Values.GetValueOrDefault(field, string.Empty);

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;
}
