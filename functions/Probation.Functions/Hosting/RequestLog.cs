namespace Probation.Functions.Hosting;

/// <summary>
/// One log line per request with its method, path, status and duration, and never its query string: keys may travel
/// as <c>?code=</c> (the management URLs carry the system key so, as Durable Functions' do) and API.md says a key is
/// never logged. ASP.NET Core's own request lines print the query string, so they are kept below Warning.
/// </summary>
internal static class RequestLog
{
    private const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static ILoggingBuilder AddRequestLogFilter(this ILoggingBuilder logging) =>
        logging.AddFilter(HostingDiagnostics, LogLevel.Warning);

    /// <summary>Goes first in the pipeline, so the status it logs is the one the exception handler settled on.</summary>
    public static WebApplication UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLog).FullName!);
        app.Use(async (context, next) =>
        {
            var started = TimeProvider.System.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                var elapsed = TimeProvider.System.GetElapsedTime(started);
                HostLog.RequestFinished(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode, elapsed.TotalMilliseconds);
            }
        });
        return app;
    }
}
