using System.Text.Json.Nodes;
using Probation.Orders.Events;
using Probation.Orders.Support;

namespace Probation.Orders.Validation;

public sealed class DocumentReaderTests
{
    [Fact]
    public void ReadOrder_ApiExampleWithCorrectedPnc_ValidAndTyped()
    {
        var json = Samples.ApiExampleJson;

        var result = DocumentReader.ReadOrder(json);

        Assert.True(result.IsValid);
        Assert.Equal(Samples.CommunityOrder(), result.Value);
    }

    [Fact]
    public void ReadOrder_ApiExampleAsPublished_OnlyItsPncCheckLetterIsWrong()
    {
        var json = Samples.ApiExampleJson.Replace("2026/0123456L", "2026/0123456Z", StringComparison.Ordinal);

        var result = DocumentReader.ReadOrder(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(("person.pnc", "check letter does not match the year and serial number (expected L)"), (error.Key, Assert.Single(error.Value)));
    }

    [Fact]
    public void ReadOrder_ManyProblems_ListsEveryOne()
    {
        var json = """
            {
              "orderId": "ORD-2026-000123",
              "person": { "crn": "123", "givenName": "Sam", "familyName": "Doe", "dateOfBirth": "1990-01-31" },
              "sentenceDate": "23/12/2026",
              "orderType": "Community",
              "lengthMonths": 12,
              "requirements": [ { "type": "Probation" }, { "type": "UnpaidWork", "hours": "120" } ],
              "risk": { "roshLevel": "Extreme", "likelihoodOfReoffending": "High", "ppo": false, "mappaLevel": 7 }
            }
            """;

        var result = DocumentReader.ReadOrder(json);

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["person.crn"] = ["must match ^[A-Z][0-9]{6}$"],
                ["sentenceDate"] = ["must be a date in the form YYYY-MM-DD"],
                ["orderType"] = ["must be one of CommunityOrder, SuspendedSentenceOrder, Custody"],
                ["requirements[0].type"] = ["must be one of Supervision, UnpaidWork, Programme, Curfew, DrugRehabilitation, AlcoholTreatment, MentalHealthTreatment, Residence, Exclusion, Activity, Prohibition"],
                ["requirements[1].hours"] = ["must be a whole number"],
                ["risk.roshLevel"] = ["must be one of Low, Medium, High, VeryHigh"],
                ["risk.mappaLevel"] = ["must be between 0 and 3"],
                ["court"] = ["is required"],
            }.OrderBy(e => e.Key),
            result.Validation.Errors.OrderBy(e => e.Key));
    }

    [Theory]
    [InlineData("not json", "$", "is not valid JSON")]
    [InlineData("[1, 2]", "$", "must be a JSON object")]
    [InlineData("null", "$", "must be a JSON object")]
    [InlineData("""{ "orderId": "A1", "orderId": "A2" }""", "$", "must not repeat a property name")]
    public void ReadOrder_NotAnObject_OneProblemAtTheRoot(string json, string path, string message)
    {
        var result = DocumentReader.ReadOrder(json);

        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal((path, message), (error.Key, Assert.Single(error.Value)));
    }

    [Theory]
    [InlineData("\"orderType\": \"CommunityOrder\"", "\"orderType\": 1", "orderType", "must be one of CommunityOrder, SuspendedSentenceOrder, Custody")]
    [InlineData("\"lengthMonths\": 12", "\"lengthMonths\": \"12\"", "lengthMonths", "must be a whole number")]
    [InlineData("\"lengthMonths\": 12", "\"lengthMonths\": 12.5", "lengthMonths", "must be a whole number")]
    [InlineData("\"ppo\": false", "\"ppo\": \"no\"", "risk.ppo", "must be true or false")]
    [InlineData("\"crn\": \"X123456\"", "\"crn\": 123456", "person.crn", "must be a string")]
    [InlineData("\"custody\": null", "\"custody\": []", "custody", "must be an object")]
    [InlineData("\"requirements\": [", "\"requirements\": {}, \"x\": [", "requirements", "must be an array")]
    public void ReadOrder_WrongJsonKind_ReportedAtThatField(string original, string replacement, string path, string message)
    {
        var json = Samples.ApiExampleJson.Replace(original, replacement, StringComparison.Ordinal);

        var result = DocumentReader.ReadOrder(json);

        Assert.Equal([message], result.Validation.Errors[path]);
    }

    [Fact]
    public void ReadOrder_PropertyNamesInOtherCase_StillRead()
    {
        var json = Samples.ApiExampleJson.Replace("\"orderType\"", "\"OrderType\"", StringComparison.Ordinal);

        var result = DocumentReader.ReadOrder(json);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void ReadStaffEvent_ValidAppointment_Typed()
    {
        var json = """{ "eventId": "e-1", "staffId": "S0042", "appointmentId": "a-1", "date": "2027-01-04", "kind": "Induction", "outcome": "Attended" }""";

        var result = DocumentReader.ReadStaffEvent<AppointmentEvent>(json);

        Assert.True(result.IsValid);
        Assert.Equal((AppointmentKind.Induction, AppointmentOutcome.Attended), (result.Value.Kind, result.Value.Outcome));
    }

    [Fact]
    public void ReadStaffEvent_UnknownOutcomeAndNoEventId_BothReported()
    {
        var json = """{ "staffId": "S0042", "appointmentId": "a-1", "date": "2027-01-04", "kind": "Induction", "outcome": "NoShow" }""";

        var result = DocumentReader.ReadStaffEvent<AppointmentEvent>(json);

        Assert.Equal(["is required"], result.Validation.Errors["eventId"]);
        Assert.Equal(["must be one of Attended, MissedAcceptable, MissedUnexplained, AttendedFailedToComply"], result.Validation.Errors["outcome"]);
    }

    [Fact]
    public void ReadStaffEvent_ExplanationWithTextForBool_Reported()
    {
        var json = """{ "eventId": "e-1", "staffId": "S0042", "appointmentId": "a-1", "receivedOn": "2027-01-04", "acceptable": "yes" }""";

        var result = DocumentReader.ReadStaffEvent<ExplanationEvent>(json);

        Assert.Equal(["must be true or false"], Assert.Single(result.Validation.Errors).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(""", "acceptable": null""")]
    public void ReadStaffEvent_ExplanationWithoutAcceptable_ReportsItRequired(string acceptable)
    {
        var json = $$"""{ "eventId": "e-1", "staffId": "S0042", "appointmentId": "a-1", "receivedOn": "2027-01-04"{{acceptable}} }""";

        var result = DocumentReader.ReadStaffEvent<ExplanationEvent>(json);

        Assert.Equal(["is required"], Assert.Single(result.Validation.Errors, e => e.Key == "acceptable").Value);
        Assert.Single(result.Validation.Errors);
    }

    [Theory]
    [InlineData("ppo")]
    [InlineData("mappaLevel")]
    public void ReadOrder_RiskWithoutATrueFalseOrNumberField_ReportsItRequired(string field)
    {
        var order = JsonNode.Parse(Samples.ApiExampleJson)!.AsObject();
        order["risk"]!.AsObject().Remove(field);

        var result = DocumentReader.ReadOrder(order.ToJsonString());

        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal("risk." + field, error.Key);
        Assert.Equal(["is required"], error.Value);
    }
}
