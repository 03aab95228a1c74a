using Microsoft.AspNetCore.Http.Features;

namespace Probation.Functions.Errors;

/// <summary>The request body limit (1 MB): refused up front when the length is declared, and enforced while reading otherwise.</summary>
internal static class RequestLimits
{
    public const long MaxBodyBytes = 1_048_576;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "The request body is too large.", Detail = $"The limit is {MaxBodyBytes} bytes." },
            }).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        await next(context).ConfigureAwait(false);
    });
}
