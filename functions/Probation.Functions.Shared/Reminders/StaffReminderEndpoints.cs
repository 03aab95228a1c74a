using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Probation.Orders.Identifiers;

namespace Probation.Functions.Reminders;

/// <summary>
/// Staff's reminders (API.md "Staff: what is due"): a member of staff's list, a team's list, and acknowledgement.
/// Function key (each host puts the group behind its own key check). Lists are soonest due first; <c>state=open</c> (the default) leaves out resolved reminders.
/// </summary>
internal static class StaffReminderEndpoints
{
    public static RouteGroupBuilder MapStaffReminderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Staff");
        group.MapGet("/staff/{staffId}/reminders", ForStaffAsync)
            .WithName("GetStaffReminders").WithSummary("A member of staff's reminders, soonest due first (state=open|all, from, to on the due date).");
        group.MapGet("/teams/{teamId}/reminders", ForTeamAsync)
            .WithName("GetTeamReminders").WithSummary("A team's reminders: unallocated orders' and overdue escalations; team UNALLOCATED for orders with no team.");
        group.MapPost("/reminders/{reminderId}/acknowledge", AcknowledgeAsync)
            .WithName("AcknowledgeReminder").WithSummary("Marks a reminder seen: 202, 404 for an unknown reminder, 409 once its duty is resolved.");
        return group;
    }

    internal static Task<Results<Ok<IReadOnlyList<ReminderItem>>, ValidationProblem>> ForStaffAsync(
        string staffId, [FromQuery] string? state, [FromQuery] string? from, [FromQuery] string? to, [FromServices] ReminderStore store, CancellationToken cancellationToken) =>
        ListAsync(ReminderRecipient.Staff(staffId), new StaffId(staffId).IsWellFormed, "staffId", StaffId.Pattern, state, from, to, store, cancellationToken);

    internal static Task<Results<Ok<IReadOnlyList<ReminderItem>>, ValidationProblem>> ForTeamAsync(
        string teamId, [FromQuery] string? state, [FromQuery] string? from, [FromQuery] string? to, [FromServices] ReminderStore store, CancellationToken cancellationToken) =>
        ListAsync(ReminderRecipient.Team(teamId), new TeamId(teamId).IsWellFormed, "teamId", TeamId.Pattern, state, from, to, store, cancellationToken);

    internal static async Task<Results<Accepted, ProblemHttpResult>> AcknowledgeAsync(
        string reminderId, [FromServices] ReminderStore store, [FromServices] ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        // An id that storage could not hold as a key was never stored.
        var state = IsStorableKey(reminderId)
            ? await store.AdvanceAsync(reminderId, ReminderState.Acknowledged, cancellationToken)
            : null;
        switch (state)
        {
            case null:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound, title: "No such reminder.", detail: $"No reminder has the id '{reminderId}'.");
            case ReminderState.Resolved:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict, title: "The reminder is resolved.", detail: "Its duty was met, missed or cancelled; there is nothing to acknowledge.");
            default:
                ReminderLog.ReminderAcknowledged(loggers.CreateLogger(typeof(StaffReminderEndpoints).FullName!), reminderId, state.Value);
                return TypedResults.Accepted((string?)null);
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<ReminderItem>>, ValidationProblem>> ListAsync(
        ReminderRecipient recipient,
        bool wellFormed,
        string field,
        string pattern,
        string? state,
        string? from,
        string? to,
        ReminderStore store,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (!wellFormed)
        {
            errors.Add(field, $"Must match {pattern}.");
        }

        var filter = ReminderQuery.Read(state, from, to, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ByField, title: "The query is invalid.");
        }

        return TypedResults.Ok(await store.ListAsync(recipient, filter, cancellationToken));
    }

    private static bool IsStorableKey(string key) =>
        key.Length is > 0 and <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
