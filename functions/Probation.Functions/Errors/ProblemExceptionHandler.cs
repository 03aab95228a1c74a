using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Probation.Functions.Storage;

namespace Probation.Functions.Errors;

/// <summary>
/// Turns every exception that reaches the host into problem details: request errors into their status, storage that
/// cannot be reached into a 503 with Retry-After (a court system or a member of staff sends it again: posts are
/// idempotent), anything else into a 500 that says nothing about the internals. Logs error types, never messages,
/// which may carry personal data.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"The limit is {RequestLimits.MaxBodyBytes} bytes."),
            BadHttpRequestException { InnerException: JsonException } or JsonException =>
                (StatusCodes.Status400BadRequest, "The request body is not valid JSON.", null),
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed.", null),
            _ when StorageUnavailable.Is(exception) =>
                (StatusCodes.Status503ServiceUnavailable, "The service's storage is unavailable.", $"Try again in {RetryAfterSeconds} seconds."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
        };
        if (status >= StatusCodes.Status500InternalServerError)
        {
            HostLog.Unhandled(logger, exception.GetType().FullName ?? exception.GetType().Name, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = status == StatusCodes.Status400BadRequest && RequestFieldErrors.Of(exception) is { } errors
            ? new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail }
            : new ProblemDetails { Status = status, Title = title, Detail = detail };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem }).ConfigureAwait(false);
    }
}
