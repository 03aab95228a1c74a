using System.Text;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Documents;

/// <summary>The person the order is about. Names and date of birth are personal data: never log them.</summary>
public sealed record Person(
    Crn Crn,
    NomsNumber? NomsNumber,
    Pnc? Pnc,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth)
{
    // A record prints every member by default; this keeps names and date of birth out of any log line
    // or exception message that formats the record.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Crn = ").Append(Crn.Value);
        return true;
    }
}
