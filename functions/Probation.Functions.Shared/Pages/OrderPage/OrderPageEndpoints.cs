using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.Layout;
using Probation.Orders.Events;

namespace Probation.Functions.Pages.OrderPage;

/// <summary>
/// <c>/staff/orders/{orderId}</c>: the order as staff see it, and its forms, which record the same staff events through
/// the same handler as the API (<see cref="StaffEventEndpoints.RecordBodyAsync"/>): same validation, same event-id
/// idempotency, CSRF-checked. A recorded event redirects back to the page (post, redirect, get).
/// </summary>
internal static class OrderPageEndpoints
{
    public static IEndpointRouteBuilder MapOrderPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/orders/{orderId}", GetOrderPageAsync).WithName("GetOrderPage");
        app.MapPost("/staff/orders/{orderId}", PostOrderFormAsync).WithName("PostOrderPage");
        return app;
    }

    internal static async Task<IResult> GetOrderPageAsync(
        string orderId, [FromQuery] string? recorded, HttpContext context, [FromServices] OrderLookup orders, [FromServices] IAntiforgery antiforgery,
        [FromServices] BusinessClock clock, CancellationToken cancellationToken) =>
        await RenderAsync(orderId, context, orders, antiforgery, clock, submitted: null, Enum.TryParse<OrderForm>(recorded, out var form) ? form : null, StatusCodes.Status200OK, cancellationToken);

    internal static async Task<IResult> PostOrderFormAsync(
        string orderId, HttpContext context, [FromServices] OrderLookup orders, [FromServices] WorkflowStart start, [FromServices] DurableTaskClient client,
        [FromServices] IAntiforgery antiforgery, [FromServices] BusinessClock clock, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!Enum.TryParse<OrderForm>(form["form"], out var which))
        {
            return Results.BadRequest();
        }

        var eventId = form["eventId"].FirstOrDefault() ?? string.Empty;
        var values = form.Where(f => f.Key != PagesServiceCollectionExtensions.AntiforgeryField).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var body = OrderFormFields.Body(which, eventId, values);
        var result = which switch
        {
            OrderForm.Appointment => await StaffEventEndpoints.RecordBodyAsync<AppointmentEvent>(orderId, OrderFormFields.EventName(which), body, orders, start, client, cancellationToken),
            OrderForm.Explanation => await StaffEventEndpoints.RecordBodyAsync<ExplanationEvent>(orderId, OrderFormFields.EventName(which), body, orders, start, client, cancellationToken),
            OrderForm.Plan => await StaffEventEndpoints.RecordBodyAsync<PlanCompletedEvent>(orderId, OrderFormFields.EventName(which), body, orders, start, client, cancellationToken),
            _ => await StaffEventEndpoints.RecordBodyAsync<ReviewCompletedEvent>(orderId, OrderFormFields.EventName(which), body, orders, start, client, cancellationToken),
        };
        IReadOnlyList<PageError> errors;
        var status = StatusCodes.Status400BadRequest;
        switch (result.Result)
        {
            case Accepted:
                return Results.Redirect($"/staff/orders/{Uri.EscapeDataString(orderId)}?recorded={which}", permanent: false, preserveMethod: false);
            case ValidationProblem invalid:
                errors = OrderFormFields.Errors(which, invalid.ProblemDetails.Errors);
                break;
            case ProblemHttpResult { StatusCode: StatusCodes.Status404NotFound }:
                return await PageResult.RenderAsync<NotFoundPage, string>(context, "No order has this id.", StatusCodes.Status404NotFound);
            case ProblemHttpResult problem:
                errors = [new PageError($"{OrderFormFields.Prefix(which)}-submit", problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "The event was refused.")];
                break;
            case WorkflowNotStarted notStarted:
                errors = [new PageError($"{OrderFormFields.Prefix(which)}-submit", notStarted.Detail)];
                status = StatusCodes.Status503ServiceUnavailable;
                break;
            default:
                throw new InvalidOperationException($"Unexpected result {result.Result.GetType().Name}.");
        }

        return await RenderAsync(orderId, context, orders, antiforgery, clock, new OrderFormState(which, eventId, values, errors), recorded: null, status, cancellationToken);
    }

    private static async Task<IResult> RenderAsync(
        string orderId, HttpContext context, OrderLookup orders, IAntiforgery antiforgery, BusinessClock clock, OrderFormState? submitted, OrderForm? recorded, int statusCode,
        CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(orderId, cancellationToken) is not { } order)
        {
            return await PageResult.RenderAsync<NotFoundPage, string>(context, "No order has this id.", StatusCodes.Status404NotFound);
        }

        // The officer holding the order records most events; the field stays editable for anyone else.
        var staffId = order.View.Allocation?.OffenderManagerId.Value ?? string.Empty;
        var forms = Enum.GetValues<OrderForm>().ToDictionary(
            form => form,
            form => submitted?.Form == form ? submitted : new OrderFormState(form, NewEventId(), new Dictionary<string, string> { ["staffId"] = staffId }, []));
        var today = clock.Today;
        var model = new OrderPageModel(order, today, antiforgery.GetAndStoreTokens(context).RequestToken!, forms, recorded);
        return await PageResult.RenderAsync<OrderPage, OrderPageModel>(context, model, statusCode);
    }

    // A form's event id: chosen when the form is drawn, as the API's clients choose theirs, so a form posted twice
    // (a double click, a resubmission after "back") records its event once.
    private static string NewEventId() => "page-" + RandomNumberGenerator.GetHexString(24, lowercase: true);
}
