using System.Text.Json;
using Microsoft.Playwright;

namespace Probation.Pages;

/// <summary>Runs axe-core in the page and fails on any serious or critical violation, naming each.</summary>
internal static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = RepositoryFiles.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)");
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();

        Assert.True(found.Count == 0, $"axe found on {page.Url}:\n" + string.Join("\n", found));
    }
}
