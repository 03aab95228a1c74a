namespace Probation.Orders.Documents;

/// <summary>The risk picture that drives the tier (DOMAIN.md, Tiering).</summary>
/// <param name="Ppo">Whether the person is a prolific or priority offender.</param>
/// <param name="MappaLevel">MAPPA management level 0 (none) to 3.</param>
public sealed record Risk(RoshLevel RoshLevel, LikelihoodLevel LikelihoodOfReoffending, bool Ppo, int MappaLevel);
