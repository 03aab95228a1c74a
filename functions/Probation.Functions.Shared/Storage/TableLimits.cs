namespace Probation.Functions.Storage;

/// <summary>Limits of the Table service the stores work within.</summary>
internal static class TableLimits
{
    /// <summary>The most operations one entity group transaction may hold.</summary>
    public const int MaxTransactionActions = 100;
}
