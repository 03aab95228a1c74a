using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AzureStorage.Client.Http;

namespace AzureStorage.Client.Queues;

/// <summary>The Queue service's XML: the message body sent, and the message lists received.</summary>
internal static class QueueXml
{
    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>
    /// Wraps text in a QueueMessage element. Carriage returns are written as character references so
    /// that XML line-end normalisation cannot turn "\r\n" into "\n".
    /// </summary>
    /// <exception cref="ArgumentException">The text holds a character XML 1.0 cannot carry.</exception>
    public static byte[] MessageBody(string text, string paramName)
    {
        var builder = new StringBuilder(text.Length + 64).Append("<QueueMessage><MessageText>");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                throw new ArgumentException(
                    $"Message text has a character XML cannot carry (U+{(int)c:X4} at index {i}); send it base64-encoded with QueueMessageText.ToBase64.",
                    paramName);
            }

            var escaped = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (escaped is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(escaped);
            }
        }

        return Encoding.UTF8.GetBytes(builder.Append("</MessageText></QueueMessage>").ToString());
    }

    public static QueueSendReceipt ReadSendReceipt(byte[] body)
    {
        var message = Messages(body).Single();
        return new QueueSendReceipt(
            Text(message, "MessageId"), Text(message, "PopReceipt"), Time(message, "InsertionTime"),
            Time(message, "ExpirationTime"), Time(message, "TimeNextVisible"));
    }

    public static IReadOnlyList<QueueMessage> ReadReceived(byte[] body) =>
        Messages(body).Select(m => new QueueMessage(
            Text(m, "MessageId"), Text(m, "PopReceipt"), Count(m), Time(m, "InsertionTime"),
            Time(m, "ExpirationTime"), Time(m, "TimeNextVisible"), Text(m, "MessageText"))).ToList();

    public static IReadOnlyList<PeekedQueueMessage> ReadPeeked(byte[] body) =>
        Messages(body).Select(m => new PeekedQueueMessage(
            Text(m, "MessageId"), Count(m), Time(m, "InsertionTime"), Time(m, "ExpirationTime"), Text(m, "MessageText"))).ToList();

    public static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.ParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static IEnumerable<XElement> Messages(byte[] body)
    {
        using var stream = new MemoryStream(body);
        using var reader = XmlReader.Create(stream, SafeXml.ReaderSettings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root?.Elements("QueueMessage").ToList() ?? [];
    }

    private static string Text(XElement message, string name) =>
        message.Element(name)?.Value ?? throw new FormatException($"The Queue service's answer has no {name}.");

    private static DateTimeOffset Time(XElement message, string name) => ParseTime(Text(message, name));

    private static long Count(XElement message) => long.Parse(Text(message, "DequeueCount"), CultureInfo.InvariantCulture);
}
