using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Probation.Functions.Pages.ReminderList;
using Probation.Functions.Reminders;

namespace Probation.FunctionApp.Pages;

/// <summary><c>/staff/{staffId}/reminders</c> (<see cref="ReminderListEndpoints"/>). Anonymous for the Functions host: Entra ID authentication fronts the pages.</summary>
internal sealed class ReminderPageFunctions(ReminderStore store, IAntiforgery antiforgery, ILoggerFactory loggers)
{
    [Function("GetRemindersPage")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{staffId}/reminders")] HttpRequest request, string staffId, CancellationToken cancellationToken) =>
        await ReminderListEndpoints.GetRemindersAsync(staffId, PageQuery.Flag(request, "acknowledged"), request.HttpContext, store, antiforgery, cancellationToken);

    [Function("AcknowledgeReminderPage")]
    public async Task<IResult> AcknowledgeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/{staffId}/reminders/{reminderId}/acknowledge")] HttpRequest request,
        string staffId,
        string reminderId,
        CancellationToken cancellationToken) =>
        await ReminderListEndpoints.AcknowledgeAsync(staffId, reminderId, request.HttpContext, store, antiforgery, loggers, cancellationToken);
}
