using System.Collections.Concurrent;

namespace Durable;

/// <summary>Finds a recorded exception type among the loaded assemblies, caching the answer.</summary>
internal static class FailureTypeResolver
{
    private static readonly ConcurrentDictionary<string, Type?> Cache = new(StringComparer.Ordinal);

    public static Type? Resolve(string fullName) => Cache.GetOrAdd(fullName, Find);

    private static Type? Find(string fullName)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.GetType(fullName, throwOnError: false) is { } type)
            {
                return type;
            }
        }

        return null;
    }
}
