using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Probation.FunctionApp.Hosting;

namespace Probation.FunctionApp;

/// <summary>
/// The worker's entry point, in a namespace so that it stays apart from the self-host's <c>Program</c> where both are
/// referenced (the tests that hold the two hosts to one app).
/// </summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddFunctionAppWorker();
        builder.Build().Run();
    }
}
