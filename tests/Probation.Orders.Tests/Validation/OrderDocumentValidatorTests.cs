using Probation.Orders.Documents;
using Probation.Orders.Identifiers;
using Probation.Orders.Support;

namespace Probation.Orders.Validation;

public sealed class OrderDocumentValidatorTests
{
    [Fact]
    public void Validate_Samples_Valid()
    {
        var community = Samples.CommunityOrder();
        var custody = Samples.CustodyOrder();

        Assert.True(OrderDocumentValidator.Validate(community).IsValid);
        Assert.True(OrderDocumentValidator.Validate(custody).IsValid);
    }

    [Theory]
    [InlineData("", "orderId", "is required")]
    [InlineData("ORD/1", "orderId", "must match ^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$")]
    public void Validate_OrderId_Checked(string orderId, string path, string message)
    {
        var order = Samples.CommunityOrder() with { OrderId = new OrderId(orderId) };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal([message], result.Errors[path]);
    }

    [Fact]
    public void Validate_BadIdentifiers_EachReported()
    {
        var person = Samples.CommunityOrder().Person with { Crn = new Crn("X12345"), NomsNumber = new NomsNumber("A1234B"), Pnc = new Pnc("26/123456L") };
        var order = Samples.CommunityOrder() with { Person = person };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["must match ^[A-Z][0-9]{6}$"], result.Errors["person.crn"]);
        Assert.Equal(["must match ^[A-Z][0-9]{4}[A-Z]{2}$"], result.Errors["person.nomsNumber"]);
        Assert.Equal(["must match ^[0-9]{4}/[0-9]{7}[A-Z]$"], result.Errors["person.pnc"]);
    }

    [Fact]
    public void Validate_PncWithWrongCheckLetter_Reported()
    {
        var order = Samples.CommunityOrder() with { Person = Samples.CommunityOrder().Person with { Pnc = new Pnc("2026/0123456Z") } };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["check letter does not match the year and serial number (expected L)"], result.Errors["person.pnc"]);
    }

    [Fact]
    public void Validate_CustodyWithoutNomsNumber_Valid()
    {
        // API.md: the NOMS number is issued at reception into prison, often after the court has posted the order.
        var order = Samples.CustodyOrder() with { Person = Samples.CustodyOrder().Person with { NomsNumber = null } };

        var result = OrderDocumentValidator.Validate(order);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_PersonDetails_NamesAndAdulthoodChecked()
    {
        var person = Samples.CommunityOrder().Person with { GivenName = " ", FamilyName = new string('x', 101), DateOfBirth = new DateOnly(2008, 12, 24) };
        var order = Samples.CommunityOrder() with { Person = person };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["is required"], result.Errors["person.givenName"]);
        Assert.Equal(["must be at most 100 characters"], result.Errors["person.familyName"]);
        Assert.Equal(["must make the person at least 18 on sentenceDate (adult orders only)"], result.Errors["person.dateOfBirth"]);
    }

    [Fact]
    public void Validate_EighteenthBirthdayOnSentenceDate_Valid()
    {
        var order = Samples.CommunityOrder() with { Person = Samples.CommunityOrder().Person with { DateOfBirth = new DateOnly(2008, 12, 23) } };

        var result = OrderDocumentValidator.Validate(order);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_MissingParts_EachRequired()
    {
        var order = Samples.CommunityOrder() with { Person = null!, Court = null!, Risk = null!, SentenceDate = default, OrderType = default };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(new[] { "person", "court", "risk", "sentenceDate", "orderType" }.Order(), result.Errors.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)).Order());
        Assert.All(result.Errors.Values, messages => Assert.Equal(["is required"], messages));
    }

    [Fact]
    public void Validate_CourtCode_Checked()
    {
        var order = Samples.CommunityOrder() with { Court = new Court("b01gu", "Court") };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["must match ^[A-Z][0-9]{2}[A-Z0-9]{2,4}$"], result.Errors["court.code"]);
    }

    [Theory]
    [InlineData(OrderType.CommunityOrder, null, "is required for a CommunityOrder")]
    [InlineData(OrderType.CommunityOrder, 37, "must be between 1 and 36 for a CommunityOrder")]
    [InlineData(OrderType.SuspendedSentenceOrder, 5, "must be between 6 and 24 for a SuspendedSentenceOrder")]
    [InlineData(OrderType.SuspendedSentenceOrder, 25, "must be between 6 and 24 for a SuspendedSentenceOrder")]
    [InlineData(OrderType.SuspendedSentenceOrder, null, "is required for a SuspendedSentenceOrder")]
    public void Validate_LengthMonths_SensibleForTheOrderType(OrderType orderType, int? lengthMonths, string message)
    {
        var order = Samples.CommunityOrder() with { OrderType = orderType, LengthMonths = lengthMonths };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal([message], result.Errors["lengthMonths"]);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1200, true)]
    [InlineData(0, false)]
    public void Validate_CustodyLength_OptionalButSensible(int? lengthMonths, bool valid)
    {
        var order = Samples.CustodyOrder() with { LengthMonths = lengthMonths };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData(39, false)]
    [InlineData(40, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void Validate_UnpaidWorkHours_40To300(int hours, bool valid)
    {
        var order = Samples.CommunityOrder() with { Requirements = [new Requirement(RequirementType.UnpaidWork, hours)] };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(["must be between 40 and 300"], result.Errors["requirements[0].hours"]);
        }
    }

    [Fact]
    public void Validate_RequirementRules_EachReportedAtItsIndex()
    {
        var order = Samples.CommunityOrder() with
        {
            Requirements = [new Requirement(RequirementType.UnpaidWork), new Requirement(RequirementType.Curfew, 10), null!, new Requirement(default)],
        };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["is required"], result.Errors["requirements[0].hours"]);
        Assert.Equal(["is only allowed for UnpaidWork"], result.Errors["requirements[1].hours"]);
        Assert.Equal(["is required"], result.Errors["requirements[2]"]);
        Assert.Equal(["is required"], result.Errors["requirements[3].type"]);
    }

    [Fact]
    public void Validate_CommunityOrderWithoutRequirements_Reported()
    {
        var order = Samples.CommunityOrder() with { Requirements = [] };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["must hold at least one requirement for a CommunityOrder"], result.Errors["requirements"]);
    }

    [Fact]
    public void Validate_SsoWithoutRequirements_Valid()
    {
        var order = Samples.CommunityOrder() with { OrderType = OrderType.SuspendedSentenceOrder, Requirements = [] };

        var result = OrderDocumentValidator.Validate(order);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_CustodyWithRequirements_Reported()
    {
        var order = Samples.CustodyOrder() with { Requirements = [new Requirement(RequirementType.Supervision)] };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["must be empty for a Custody order (licence conditions are not requirements)"], result.Errors["requirements"]);
    }

    [Fact]
    public void Validate_CustodyBlockAgainstOrderType_NeededOnlyForCustody()
    {
        var custodyWithout = Samples.CustodyOrder() with { Custody = null };
        var communityWith = Samples.CommunityOrder() with { Custody = Samples.CustodyOrder().Custody };

        Assert.Equal(["is required for a Custody order"], OrderDocumentValidator.Validate(custodyWithout).Errors["custody"]);
        Assert.Equal(["must be null unless orderType is Custody"], OrderDocumentValidator.Validate(communityWith).Errors["custody"]);
    }

    [Fact]
    public void Validate_CustodyDatesOutOfOrder_EachReported()
    {
        var custody = new CustodyDetails(new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30), false, ParoleEligibilityDate: new DateOnly(2026, 12, 2), ReceptionDate: new DateOnly(2026, 12, 5), Prison: "Swi");
        var order = Samples.CustodyOrder() with { Custody = custody };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["must be on or after sentenceDate"], result.Errors["custody.expectedReleaseDate"]);
        Assert.Equal(["must be on or after custody.expectedReleaseDate"], result.Errors["custody.licenceEndDate"]);
        Assert.Equal(["must be on or after sentenceDate", "must be on or before custody.expectedReleaseDate"], result.Errors["custody.paroleEligibilityDate"]);
        Assert.Equal(["must be on or before custody.expectedReleaseDate"], result.Errors["custody.receptionDate"]);
        Assert.Equal(["must match ^[A-Z]{3}$"], result.Errors["custody.prison"]);
    }

    [Fact]
    public void Validate_ReleaseOnSentenceDayAndLicenceEndOnRelease_Valid()
    {
        var custody = new CustodyDetails(new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 23), false);
        var order = Samples.CustodyOrder() with { Custody = custody };

        var result = OrderDocumentValidator.Validate(order);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_RiskAndAllocation_Checked()
    {
        var order = Samples.CommunityOrder() with
        {
            Risk = new Risk(default, (LikelihoodLevel)9, false, 4),
            OffenderManager = new OffenderManagerAssignment(new StaffId("S 42"), default),
        };

        var result = OrderDocumentValidator.Validate(order);

        Assert.Equal(["is required"], result.Errors["risk.roshLevel"]);
        Assert.Equal(["must be one of Low, Medium, High"], result.Errors["risk.likelihoodOfReoffending"]);
        Assert.Equal(["must be between 0 and 3"], result.Errors["risk.mappaLevel"]);
        Assert.Equal(["must match ^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"], result.Errors["offenderManager.staffId"]);
        Assert.Equal(["is required"], result.Errors["offenderManager.teamId"]);
    }
}
