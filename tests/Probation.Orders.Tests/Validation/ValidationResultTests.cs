namespace Probation.Orders.Validation;

public sealed class ValidationResultTests
{
    [Fact]
    public void Valid_NoErrors_IsValid()
    {
        var result = ValidationResult.Valid;

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void ToProblemErrors_Errors_MutableCopyForProblemDetails()
    {
        var result = new ValidationResult(new Dictionary<string, string[]> { ["person.crn"] = ["must match ^[A-Z][0-9]{6}$"] });

        var errors = result.ToProblemErrors();
        errors.Clear();

        Assert.False(result.IsValid);
        Assert.Single(result.Errors);
    }
}
