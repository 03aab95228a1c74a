using System.Reflection;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

public sealed class RuleIdsTests
{
    [Fact]
    public void All_DomainMdTable_EveryIdOnce()
    {
        string[] domainMd =
        [
            "T-ALLOC", "T-FIRST", "T-CONTACT", "T-PLAN", "T-REVIEW", "T-EARLY", "T-EXPLAIN-ACT", "T-EXPLAIN",
            "T-BREACH-ACT", "T-OS-ALLOC", "T-OS-CONTACT", "T-CUSTODY-PLAN", "T-OM-CONTACT", "T-HANDOVER", "T-END",
        ];

        var all = RuleIds.All;

        Assert.Equal(domainMd, all);
    }

    [Fact]
    public void All_EachId_HasExactlyOneRuleClassWithItsDefault()
    {
        var ruleClasses = typeof(RuleIds).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleIds).Namespace && t.Name.EndsWith("Rule", StringComparison.Ordinal))
            .ToDictionary(t => (string)t.GetField("Id", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!);

        var defaults = RuleIds.All.Select(id => ruleClasses[id].GetProperty("Default")!.GetValue(null));

        Assert.Equal(RuleIds.All.Order(StringComparer.Ordinal), ruleClasses.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RuleIds.All.Select(NationalStandardsPolicy.Seeded.Timing), defaults);
    }
}
