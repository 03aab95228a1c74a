using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Probation.Functions.Security;

namespace Probation.Functions.Integrators;

/// <summary>
/// The Durable Functions HTTP management API under <c>/runtime/webhooks/durabletask</c>, with its routes, shapes
/// and status codes, so that tools written for Durable Functions work unchanged. System key only.
/// </summary>
internal static class DurableManagementEndpoints
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static RouteGroupBuilder MapDurableManagementEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ManagementUris.BasePath).RequireKey(KeyLevel.System).WithTags("Integrators");
        group.MapGet("/instances/{instanceId}", GetStatusAsync).WithName("GetInstanceStatus").WithSummary("An instance's status; 202 while it runs, 200 once it has ended.");
        group.MapGet("/instances", ListAsync).WithName("ListInstances").WithSummary("Instances by status, creation time and id prefix, paged with x-ms-continuation-token.");
        group.MapPost("/instances/{instanceId}/raiseEvent/{eventName}", RaiseEventAsync).WithName("RaiseEvent");
        group.MapPost("/instances/{instanceId}/terminate", TerminateAsync).WithName("TerminateInstance");
        group.MapPost("/instances/{instanceId}/suspend", SuspendAsync).WithName("SuspendInstance");
        group.MapPost("/instances/{instanceId}/resume", ResumeAsync).WithName("ResumeInstance");
        group.MapDelete("/instances/{instanceId}", PurgeAsync).WithName("PurgeInstance").WithSummary("Deletes an ended instance and its history.");
        return group;
    }

    private static async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> GetStatusAsync(
        string instanceId,
        bool? showHistory,
        bool? showHistoryOutput,
        bool? showInput,
        bool? returnInternalServerErrorOnFailure,
        DurableTaskClient client,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return NotFound(instanceId);
        }

        var history = showHistory == true ? await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken) : null;
        var payload = InstanceStatusPayload.From(instance, showInput ?? true, history, showHistoryOutput == true);
        if (!instance.IsCompleted)
        {
            http.Response.Headers.Location = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}";
            http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Json(payload, statusCode: StatusCodes.Status202Accepted);
        }

        var failed = instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed && returnInternalServerErrorOnFailure == true;
        return TypedResults.Json(payload, statusCode: failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK);
    }

    private static async Task<Results<JsonHttpResult<JsonArray>, ValidationProblem>> ListAsync(
        [AsParameters] InstanceListQuery query, HttpContext http, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (query.ToQuery(http.Request.Headers["x-ms-continuation-token"].FirstOrDefault(), out var problems) is not { } filter)
        {
            return TypedResults.ValidationProblem(problems, title: "The query is invalid.");
        }

        var page = await client.GetAllInstancesAsync(filter).AsPages(filter.ContinuationToken, filter.PageSize).FirstAsync(cancellationToken);
        if (page.ContinuationToken is not null)
        {
            http.Response.Headers["x-ms-continuation-token"] = page.ContinuationToken;
        }

        return TypedResults.Json(new JsonArray([.. page.Values.Select(i => (JsonNode)InstanceStatusPayload.From(i, query.ShowInput ?? true))]));
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RaiseEventAsync(
        string instanceId, string eventName, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (request.ContentLength > 0 && !request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The event payload must be JSON.", detail: "Send it with Content-Type: application/json.");
        }

        JsonElement? payload = request.ContentLength is null or > 0
            ? await JsonSerializer.DeserializeAsync<JsonElement?>(request.Body, cancellationToken: cancellationToken)
            : null;
        return await SignalAsync(client, instanceId, () => client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken), cancellationToken);
    }

    private static Task<Results<Accepted, ProblemHttpResult>> TerminateAsync(
        string instanceId, [FromQuery] string? reason, DurableTaskClient client, CancellationToken cancellationToken) =>
        SignalAsync(client, instanceId, () => client.TerminateInstanceAsync(instanceId, (object?)reason, cancellationToken), cancellationToken);

    private static Task<Results<Accepted, ProblemHttpResult>> SuspendAsync(
        string instanceId, [FromQuery] string? reason, DurableTaskClient client, CancellationToken cancellationToken) =>
        SignalAsync(client, instanceId, () => client.SuspendInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    private static Task<Results<Accepted, ProblemHttpResult>> ResumeAsync(
        string instanceId, [FromQuery] string? reason, DurableTaskClient client, CancellationToken cancellationToken) =>
        SignalAsync(client, instanceId, () => client.ResumeInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<PurgeResult>, ProblemHttpResult>> PurgeAsync(
        string instanceId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        switch (await client.GetInstanceAsync(instanceId, cancellationToken))
        {
            case null:
                return NotFound(instanceId);
            case { IsCompleted: false }:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only an ended instance can be purged.", detail: $"Instance '{instanceId}' has not ended.");
            default:
                var purged = await client.PurgeInstanceAsync(instanceId, cancellationToken);
                return purged.PurgedInstanceCount > 0 ? TypedResults.Ok(new PurgeResult(purged.PurgedInstanceCount)) : NotFound(instanceId);
        }
    }

    /// <summary>A signal to an instance: 202 once stored, 404 for an unknown instance, 410 for one that has ended.</summary>
    private static async Task<Results<Accepted, ProblemHttpResult>> SignalAsync(
        DurableTaskClient client, string instanceId, Func<Task> signal, CancellationToken cancellationToken)
    {
        switch (await client.GetInstanceAsync(instanceId, cancellationToken))
        {
            case null:
                return NotFound(instanceId);
            case { IsCompleted: true }:
                return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "The instance has ended.", detail: $"Instance '{instanceId}' has ended.");
            default:
                await signal();
                return TypedResults.Accepted((string?)null);
        }
    }

    private static ProblemHttpResult NotFound(string instanceId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such instance.", detail: $"No orchestration instance has the id '{instanceId}'.");
}
