using System.Security.Cryptography;
using System.Text;

namespace Durable;

/// <summary>Name-based (version 5, RFC 9562) GUIDs: the same namespace and name always give the same GUID.</summary>
internal static class DeterministicGuid
{
    /// <summary>The namespace Durable Task Framework uses for orchestration GUIDs.</summary>
    public static readonly Guid OrchestrationNamespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        namespaceId.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);

        // SHA-1 is what RFC 9562 prescribes for version 5; it names things here, it protects nothing.
#pragma warning disable CA5350
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(buffer, hash);
#pragma warning restore CA5350

        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>A short deterministic id for a new execution derived from what caused it.</summary>
    public static string ExecutionId(string cause) =>
        Create(OrchestrationNamespace, cause).ToString("N");
}
