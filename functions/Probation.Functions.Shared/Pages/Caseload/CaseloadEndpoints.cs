using Microsoft.AspNetCore.Mvc;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.Layout;
using Probation.Functions.Reminders;
using Probation.Orders.Calendar;
using Probation.Orders.Identifiers;
using Probation.Orders.Views;

namespace Probation.Functions.Pages.Caseload;

/// <summary><c>GET /staff/{staffId}</c>: an offender manager's caseload, from the caseload index, the order views and the reminders.</summary>
internal static class CaseloadEndpoints
{
    public static RouteHandlerBuilder MapCaseloadEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/staff/{staffId}", GetCaseloadAsync).WithName("GetCaseloadPage");

    internal static async Task<IResult> GetCaseloadAsync(
        string staffId,
        [FromQuery] bool? overdue,
        HttpContext context,
        [FromServices] CaseloadIndex caseloads,
        [FromServices] OrderViewStore views,
        [FromServices] ReminderStore reminders,
        [FromServices] WorkingDayCalendar calendar,
        [FromServices] BusinessClock clock,
        CancellationToken cancellationToken)
    {
        var id = new StaffId(staffId);
        if (!id.IsWellFormed)
        {
            return await PageResult.RenderAsync<NotFoundPage, string>(context, "No member of staff has this id.", StatusCodes.Status404NotFound);
        }

        var today = clock.Today;
        var open = (await reminders.ListAsync(ReminderRecipient.Staff(staffId), new ReminderFilter(OpenOnly: true, From: null, To: null), cancellationToken))
            .GroupBy(r => r.OrderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = new List<CaseloadRow>();
        foreach (var orderId in await caseloads.ForStaffAsync(id, cancellationToken))
        {
            // The index may hold a row too many after an interrupted reallocation: the view says who holds the order.
            if (await views.GetViewAsync(orderId, cancellationToken) is { } view && view.Allocation?.OffenderManagerId == id)
            {
                rows.Add(new CaseloadRow(view, DutyCountdown.Next(view.Duties, today, calendar), open.GetValueOrDefault(orderId.Value)));
            }
        }

        var shown = rows
            .Where(r => overdue != true || r.Next is { IsOverdue: true })
            .OrderBy(r => r.Next?.Duty.DueDate ?? DateOnly.MaxValue)
            .ThenBy(r => r.Order.OrderId.Value, StringComparer.Ordinal)
            .ToList();
        return await PageResult.RenderAsync<CaseloadPage, CaseloadModel>(context, new CaseloadModel(staffId, today, overdue == true, shown));
    }
}
