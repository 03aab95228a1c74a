using Azure;

namespace Probation.Functions.Storage;

/// <summary>The answers of a conditional table write that another writer got in first.</summary>
internal static class TableRace
{
    /// <summary>
    /// True for 409 (an insert found the row already there) and 412 (an update found the row changed since it was read):
    /// the writer reads again and decides afresh.
    /// </summary>
    public static bool IsLost(RequestFailedException exception) =>
        exception.Status is StatusCodes.Status409Conflict or StatusCodes.Status412PreconditionFailed;
}
