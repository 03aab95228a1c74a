namespace Probation.Functions.Orders;

/// <summary>What storing a posted order found.</summary>
internal enum OrderSaveOutcome
{
    /// <summary>A new order, now stored.</summary>
    Stored,

    /// <summary>The same document was stored before: a repost.</summary>
    SameAsStored,

    /// <summary>Another document is stored under this order id.</summary>
    DifferentFromStored,
}
