using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Probation.Functions.Reminders;

namespace Probation.FunctionApp.Reminders;

/// <summary>Staff's reminders (<see cref="StaffReminderEndpoints"/>): a member of staff's list, a team's list, acknowledgement.</summary>
internal sealed class StaffReminderFunctions(ReminderStore store, ILoggerFactory loggers)
{
    [Function("GetStaffReminders")]
    public async Task<IResult> ForStaffAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/staff/{staffId}/reminders")] HttpRequest request,
        string staffId,
        CancellationToken cancellationToken) =>
        await StaffReminderEndpoints.ForStaffAsync(staffId, request.Query["state"], request.Query["from"], request.Query["to"], store, cancellationToken);

    [Function("GetTeamReminders")]
    public async Task<IResult> ForTeamAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/teams/{teamId}/reminders")] HttpRequest request,
        string teamId,
        CancellationToken cancellationToken) =>
        await StaffReminderEndpoints.ForTeamAsync(teamId, request.Query["state"], request.Query["from"], request.Query["to"], store, cancellationToken);

    [Function("AcknowledgeReminder")]
    public async Task<IResult> AcknowledgeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/reminders/{reminderId}/acknowledge")] HttpRequest request,
        string reminderId,
        CancellationToken cancellationToken) =>
        await StaffReminderEndpoints.AcknowledgeAsync(reminderId, store, loggers, cancellationToken);
}
