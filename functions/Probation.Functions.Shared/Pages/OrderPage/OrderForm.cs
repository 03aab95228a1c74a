namespace Probation.Functions.Pages.OrderPage;

/// <summary>The forms of the order page, each posting one staff event of the API (API.md "Staff: what happened").</summary>
public enum OrderForm
{
    Appointment,
    Explanation,
    Plan,
    Review,
}
