namespace Probation.Infra;

/// <summary><c>infra/main.bicep</c> and <c>infra/main.bicepparam</c> compile and lint clean, and say what was deployed.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class MainBicepTests(CompiledTemplate template)
{
    [Fact]
    public async Task Build_MainTemplate_NoDiagnostics()
    {
        var result = await BicepCli.RunAsync("build", "infra/main.bicep", "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task BuildParams_ExampleParameters_NoDiagnostics()
    {
        var result = await BicepCli.RunAsync("build-params", "infra/main.bicepparam", "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Lint_MainTemplateAndModules_ReportsNothing()
    {
        var result = await BicepCli.RunAsync("lint", "infra/main.bicep");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(string.Empty, (result.Output + result.Errors).Trim());
    }

    [Fact]
    public void Outputs_MainTemplate_NameTheAppItsAddressAndTheStorageAccount()
    {
        var outputs = template.Main["outputs"]!.AsObject();

        Assert.Equal(["functionAppName", "functionAppUrl", "storageAccountName"], outputs.Select(output => output.Key).Order());
        Assert.StartsWith("[format('https://{0}'", (string)outputs["functionAppUrl"]!["value"]!, StringComparison.Ordinal);
    }
}
