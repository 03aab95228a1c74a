namespace AzureStorage.Client.Tables;

/// <summary>The kinds of write an entity group transaction can hold.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails with 409 when the entity exists.</summary>
    Insert,

    /// <summary>Insert or replace (PUT without If-Match).</summary>
    UpsertReplace,

    /// <summary>Insert or merge (MERGE without If-Match).</summary>
    UpsertMerge,

    /// <summary>Replace an existing entity whose ETag matches (PUT with If-Match).</summary>
    UpdateReplace,

    /// <summary>Merge into an existing entity whose ETag matches (MERGE with If-Match).</summary>
    UpdateMerge,

    /// <summary>Delete an existing entity whose ETag matches.</summary>
    Delete,
}
