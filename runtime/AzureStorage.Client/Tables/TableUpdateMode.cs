namespace AzureStorage.Client.Tables;

/// <summary>How a write combines with the stored entity.</summary>
public enum TableUpdateMode
{
    /// <summary>The stored entity's properties are replaced by the given ones (PUT).</summary>
    Replace,

    /// <summary>The given properties are added or overwritten; others are kept (MERGE).</summary>
    Merge,
}
