using System.Net.Http.Headers;

namespace Probation.Reliability.BadInput;

/// <summary>One generated bad request: what kind of bad it is, and whether a 400 to it must name a field.</summary>
/// <param name="Kind">The route and the mutation, for the figures (e.g. <c>POST /api/orders: wrong type</c>).</param>
/// <param name="Method">The verb.</param>
/// <param name="Path">The path and query, escaped as sent.</param>
/// <param name="Body">The body's bytes, or none.</param>
/// <param name="ContentType">The Content-Type header as sent, valid or not.</param>
/// <param name="NamesField">A JSON object body or a bad query value: a 400 must list the field in <c>errors</c>.</param>
/// <param name="Chunked">Sent without a Content-Length.</param>
internal sealed record MalformedRequest(string Kind, HttpMethod Method, string Path, byte[]? Body, string? ContentType, bool NamesField, bool Chunked = false)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Body is not null)
        {
            HttpContent content = Chunked ? new StreamContent(new MemoryStream(Body)) : new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.TryParse(ContentType, out var type) ? type : null;
                if (content.Headers.ContentType is null)
                {
                    content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                }
            }

            if (Chunked)
            {
                message.Headers.TransferEncodingChunked = true;
            }

            message.Content = content;
        }

        return message;
    }
}
