using Microsoft.AspNetCore.Http;

namespace Probation.FunctionApp.Pages;

/// <summary>Reads a page's query as the self-host's minimal-API binding does.</summary>
internal static class PageQuery
{
    /// <summary><c>true</c> or <c>false</c>, or null when absent or unreadable.</summary>
    public static bool? Flag(HttpRequest request, string name) => bool.TryParse(request.Query[name], out var value) ? value : null;
}
