using Probation.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionAppConfiguration();
builder.Services.AddFunctionApp();

var app = builder.Build();
app.UseFunctionApp();
app.MapFunctionAppEndpoints();
app.Run();

/// <summary>The host's entry point, visible to the end-to-end tests.</summary>
public partial class Program;
