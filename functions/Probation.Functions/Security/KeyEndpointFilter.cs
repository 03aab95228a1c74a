namespace Probation.Functions.Security;

/// <summary>Answers 401 with problem details to a request without the key its route needs.</summary>
internal sealed class KeyEndpointFilter(KeyLevel level) : IEndpointFilter
{
    public KeyLevel Level => level;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var keys = context.HttpContext.RequestServices.GetRequiredService<KeyCheck>();
        if (!keys.Allows(context.HttpContext.Request, level))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "A valid key is required.",
                detail: level == KeyLevel.System
                    ? "Send the system key in the x-functions-key header or the code query parameter."
                    : "Send the function key in the x-functions-key header or the code query parameter.");
        }

        return await next(context).ConfigureAwait(false);
    }
}
