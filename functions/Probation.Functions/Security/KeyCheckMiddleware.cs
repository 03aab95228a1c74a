namespace Probation.Functions.Security;

/// <summary>
/// Answers 401 with problem details to a request without the key its route needs (<see cref="KeyRequirement"/>).
/// A middleware rather than an endpoint filter: filters run after the request's parameters are bound, so a request
/// without a key would learn from a 400 what the route's body must hold.
/// </summary>
internal static class KeyCheckMiddleware
{
    /// <summary>Goes after routing (which WebApplication puts first) and before anything that reads the request.</summary>
    public static IApplicationBuilder UseKeyCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<KeyRequirement>() is { } requirement
            && !context.RequestServices.GetRequiredService<KeyCheck>().Allows(context.Request, requirement.Level))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status401Unauthorized,
                    Title = "A valid key is required.",
                    Detail = requirement.Level == KeyLevel.System
                        ? "Send the system key in the x-functions-key header or the code query parameter."
                        : "Send the function key in the x-functions-key header or the code query parameter.",
                },
            }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    });
}
