using System.Text.Json.Nodes;

namespace Probation.Reliability.Samples;

/// <summary>A valid body for each staff event route (API.md "Staff: what happened"), the base that the fuzzer mutates.</summary>
internal static class StaffEventSamples
{
    public static readonly IReadOnlyDictionary<string, string> ByRoute = new Dictionary<string, string>
    {
        ["allocation"] = """{"eventId":"ev-1","staffId":"S0042","offenderManagerId":"S0042","teamId":"T07"}""",
        ["appointments"] = """{"eventId":"ev-1","staffId":"S0042","appointmentId":"APT-1","date":"2026-12-29","kind":"Supervision","outcome":"MissedUnexplained"}""",
        ["explanations"] = """{"eventId":"ev-1","staffId":"S0042","appointmentId":"APT-1","receivedOn":"2026-12-30","acceptable":true,"note":"ill"}""",
        ["breach-decisions"] = """{"eventId":"ev-1","staffId":"S0042","decision":"InitiateBreach","reason":"missed twice","decidedOn":"2027-01-05"}""",
        ["court-outcomes"] = """{"eventId":"ev-1","staffId":"S0042","outcome":"Continued","date":"2027-02-01"}""",
        ["plans"] = """{"eventId":"ev-1","staffId":"S0042","completedOn":"2027-01-10"}""",
        ["reviews"] = """{"eventId":"ev-1","staffId":"S0042","completedOn":"2027-04-10"}""",
        ["significant-events"] = """{"eventId":"ev-1","staffId":"S0042","kind":"LifeEvent","date":"2027-01-10"}""",
        ["custody-events"] = """{"eventId":"ev-1","staffId":"S0042","kind":"Received","date":"2027-01-10"}""",
        ["termination"] = """{"eventId":"ev-1","staffId":"S0042","outcome":"Terminated","date":"2027-03-01","reason":"moved abroad"}""",
    };

    /// <summary>The missed appointment every loaded order gets once: it issues a warning, so the step sends a letter.</summary>
    public static string MissedAppointment(string eventId)
    {
        var body = JsonNode.Parse(ByRoute["appointments"])!.AsObject();
        body["eventId"] = eventId;
        return body.ToJsonString();
    }
}
