using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Probation.Functions.Security;

/// <summary>
/// Checks the key of a request (<c>x-functions-key</c> header or <c>code</c> query parameter) in constant time: both
/// sides are hashed first, so neither the content nor the length of a key leaks through timing.
/// </summary>
internal sealed class KeyCheck(IOptions<AuthOptions> options)
{
    private readonly byte[] _functionKey = Hash(options.Value.FunctionKey);
    private readonly byte[] _systemKey = Hash(options.Value.SystemKey);

    public bool Allows(HttpRequest request, KeyLevel level) =>
        Allows(request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault(), level);

    /// <summary>Whether <paramref name="presented"/> is a key of <paramref name="level"/> (the system key opens every level).</summary>
    public bool Allows(string? presented, KeyLevel level)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var hash = Hash(presented);
        var system = CryptographicOperations.FixedTimeEquals(hash, _systemKey);
        var function = CryptographicOperations.FixedTimeEquals(hash, _functionKey);
        return system || (level == KeyLevel.Function && function);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
