namespace Probation.Pages;

/// <summary>Files of the repository the tests read or write: axe-core from node_modules, and the screenshots' folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>axe-core as npm installed it from package-lock.json.</summary>
    public static string AxeScript => Path.Combine(Root, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Where each test writes its screenshots: git ignores <c>.artifacts/</c>.</summary>
    public static string Screenshot(string name)
    {
        var folder = Path.Combine(Root, ".artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "package-lock.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with package-lock.json) was not found above the test's folder.");
    }
}
