using System.Xml;

namespace AzureStorage.Client.Http;

/// <summary>Reader settings for service XML: no DTDs, no external resolution, whitespace kept.</summary>
internal static class SafeXml
{
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };
}
