using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Probation.Functions.Pages.Layout;
using Probation.Functions.Reminders;
using Probation.Orders.Identifiers;

namespace Probation.Functions.Pages.ReminderList;

/// <summary>
/// <c>/staff/{staffId}/reminders</c>: a member of staff's open reminders, and their acknowledgement through the API's
/// handler (<see cref="StaffReminderEndpoints.AcknowledgeAsync"/>), CSRF-checked.
/// </summary>
internal static class ReminderListEndpoints
{
    public static IEndpointRouteBuilder MapReminderListEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/{staffId}/reminders", GetRemindersAsync).WithName("GetRemindersPage");
        app.MapPost("/staff/{staffId}/reminders/{reminderId}/acknowledge", AcknowledgeAsync).WithName("AcknowledgeReminderPage");
        return app;
    }

    internal static async Task<IResult> GetRemindersAsync(
        string staffId, [FromQuery] bool? acknowledged, HttpContext context, [FromServices] ReminderStore store, [FromServices] IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        if (!new StaffId(staffId).IsWellFormed)
        {
            return await PageResult.RenderAsync<NotFoundPage, string>(context, "No member of staff has this id.", StatusCodes.Status404NotFound);
        }

        var open = await store.ListAsync(ReminderRecipient.Staff(staffId), new ReminderFilter(OpenOnly: true, From: null, To: null), cancellationToken);
        var model = new ReminderListModel(staffId, open, antiforgery.GetAndStoreTokens(context).RequestToken!, acknowledged == true);
        return await PageResult.RenderAsync<ReminderListPage, ReminderListModel>(context, model);
    }

    internal static async Task<IResult> AcknowledgeAsync(
        string staffId, string reminderId, HttpContext context, [FromServices] ReminderStore store, [FromServices] IAntiforgery antiforgery,
        [FromServices] ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var result = await StaffReminderEndpoints.AcknowledgeAsync(reminderId, store, loggers, cancellationToken);
        if (result.Result is ProblemHttpResult { StatusCode: StatusCodes.Status404NotFound })
        {
            return await PageResult.RenderAsync<NotFoundPage, string>(context, "No reminder has this id.", StatusCodes.Status404NotFound);
        }

        // Accepted, or resolved meanwhile (409): either way it has left the open list.
        return Results.Redirect($"/staff/{Uri.EscapeDataString(staffId)}/reminders?acknowledged=true");
    }
}
