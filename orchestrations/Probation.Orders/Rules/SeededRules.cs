using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>The <c>ns-seeded</c> v1 figures, gathered from each rule's own file.</summary>
internal static class SeededRules
{
    public static IReadOnlyDictionary<string, RuleTiming> Timings { get; } = new Dictionary<string, RuleTiming>(StringComparer.Ordinal)
    {
        [AllocationRule.Id] = AllocationRule.Default,
        [FirstAppointmentRule.Id] = FirstAppointmentRule.Default,
        [ContactLevelRule.Id] = ContactLevelRule.Default,
        [SentencePlanRule.Id] = SentencePlanRule.Default,
        [ReviewRule.Id] = ReviewRule.Default,
        [EarlyReviewRule.Id] = EarlyReviewRule.Default,
        [ExplanationActionRule.Id] = ExplanationActionRule.Default,
        [ExplanationWindowRule.Id] = ExplanationWindowRule.Default,
        [BreachActionRule.Id] = BreachActionRule.Default,
        [SupervisorAllocationRule.Id] = SupervisorAllocationRule.Default,
        [SupervisorContactRule.Id] = SupervisorContactRule.Default,
        [CustodyPlanRule.Id] = CustodyPlanRule.Default,
        [OffenderManagerContactRule.Id] = OffenderManagerContactRule.Default,
        [HandoverRule.Id] = HandoverRule.Default,
        [OrderEndRule.Id] = OrderEndRule.Default,
    };
}
