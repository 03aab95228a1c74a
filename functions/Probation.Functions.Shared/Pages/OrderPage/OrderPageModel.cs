using Probation.Orders.Views;

namespace Probation.Functions.Pages.OrderPage;

/// <summary>
/// The order page: the order as staff see it, today's date, the anti-forgery token of its forms, each form's state, and
/// the event just recorded (after a redirect) if any.
/// </summary>
public sealed record OrderPageModel(
    OrderViewWithTimeline Order,
    DateOnly Today,
    string CsrfToken,
    IReadOnlyDictionary<OrderForm, OrderFormState> Forms,
    OrderForm? Recorded)
{
    public IEnumerable<Layout.PageError> Errors => Forms.Values.SelectMany(f => f.Errors);
}
