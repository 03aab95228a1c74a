using System.Globalization;
using System.Net;
using System.Text;

namespace AzureStorage.Client.Tables;

/// <summary>
/// The <c>$batch</c> wire format: one changeset inside one batch, each action an embedded HTTP request;
/// the answer mirrors it with one embedded response per action, or a single one for the failing action.
/// </summary>
internal static class TableBatch
{
    /// <param name="transaction">The actions.</param>
    /// <param name="endpoint">The Table service endpoint without a trailing slash: embedded requests carry absolute URLs.</param>
    /// <param name="table">The table name.</param>
    public static (byte[] Body, string ContentType) Write(TableTransaction transaction, string endpoint, string table)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("D");
        var changeset = "changeset_" + Guid.NewGuid().ToString("D");
        var text = new StringBuilder()
            .Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        foreach (var action in transaction.Actions)
        {
            text.Append("--").Append(changeset).Append("\r\n")
                .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            AppendRequest(text, action, endpoint, table);
        }

        text.Append("--").Append(changeset).Append("--\r\n--").Append(batch).Append("--\r\n");
        return (Encoding.UTF8.GetBytes(text.ToString()), "multipart/mixed; boundary=" + batch);
    }

    /// <summary>The embedded responses, in order.</summary>
    public static IReadOnlyList<TableBatchPart> Read(string body, string? contentType)
    {
        var outer = MultipartReader.Boundary(contentType) ?? throw new FormatException("The $batch answer has no multipart boundary.");
        var changeset = MultipartReader.Parts(body, outer).FirstOrDefault() ?? throw new FormatException("The $batch answer is empty.");
        var (changesetHeaders, changesetContent) = MultipartReader.Headers(changeset);
        var inner = MultipartReader.Boundary(changesetHeaders.GetValueOrDefault("Content-Type"))
            ?? throw new FormatException("The $batch answer's changeset has no multipart boundary.");
        return MultipartReader.Parts(changesetContent, inner).Select(ReadResponse).ToList();
    }

    /// <summary>
    /// Which action failed: the service prefixes its error message with the zero-based index ("2:…");
    /// failing that, the Content-ID it echoes is one-based.
    /// </summary>
    public static int? FailedIndex(IReadOnlyDictionary<string, string> headers, string body)
    {
        var message = ErrorMessage(body);
        var colon = message?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon > 0 && int.TryParse(message![..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index;
        }

        return headers.TryGetValue("Content-ID", out var id) && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var contentId)
            ? contentId - 1
            : null;
    }

    /// <summary>The service's message without the "index:" prefix, which <see cref="FailedIndex"/> reports.</summary>
    public static string? WithoutIndex(string? message)
    {
        var colon = message?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && message![..colon].All(char.IsAsciiDigit) ? message[(colon + 1)..] : message;
    }

    private static void AppendRequest(StringBuilder text, TableTransactionAction action, string endpoint, string table)
    {
        var entity = action.Entity;
        var method = action.Type switch
        {
            TableTransactionActionType.Insert => "POST",
            TableTransactionActionType.UpsertMerge or TableTransactionActionType.UpdateMerge => "MERGE",
            TableTransactionActionType.Delete => "DELETE",
            _ => "PUT",
        };
        var url = action.Type == TableTransactionActionType.Insert
            ? $"{endpoint}/{table}"
            : $"{endpoint}/{TableKey.EntityPath(table, entity.PartitionKey, entity.RowKey)}";
        text.Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n")
            .Append("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\n");
        if (action.Type == TableTransactionActionType.Insert)
        {
            text.Append("Prefer: return-no-content\r\n");
        }

        if (action.IfMatch is { } etag)
        {
            text.Append("If-Match: ").Append(etag.Value).Append("\r\n");
        }

        if (action.Type == TableTransactionActionType.Delete)
        {
            text.Append("\r\n");
            return;
        }

        text.Append("Content-Type: application/json\r\n\r\n")
            .Append(Encoding.UTF8.GetString(TableEntityJson.Serialize(entity))).Append("\r\n");
    }

    private static TableBatchPart ReadResponse(string part)
    {
        var (_, http) = MultipartReader.Headers(part);
        var statusLineEnd = http.IndexOf('\n', StringComparison.Ordinal);
        var statusLine = statusLineEnd < 0 ? http : http[..statusLineEnd];
        var fields = statusLine.Split(' ', 3);
        if (fields.Length < 2 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new FormatException("A $batch answer part has no HTTP status line.");
        }

        var (headers, body) = MultipartReader.Headers(statusLineEnd < 0 ? string.Empty : http[(statusLineEnd + 1)..]);
        return new TableBatchPart((HttpStatusCode)status, headers, body.Trim());
    }

    private static string? ErrorMessage(string body) =>
        body.Length == 0 ? null : Http.StorageErrors.ReadBody(Encoding.UTF8.GetBytes(body)).Message;
}
