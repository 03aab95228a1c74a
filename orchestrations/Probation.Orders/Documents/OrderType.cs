namespace Probation.Orders.Documents;

/// <summary>
/// The kind of court disposal an order is. Numbering starts at 1 so that a missing value reads as undefined.
/// </summary>
public enum OrderType
{
    /// <summary>A community order (Sentencing Act 2020 Part 9).</summary>
    CommunityOrder = 1,

    /// <summary>A suspended sentence order (SSO): custody suspended, often with requirements.</summary>
    SuspendedSentenceOrder = 2,

    /// <summary>A custodial sentence, determinate or indeterminate, followed by licence.</summary>
    Custody = 3,
}
