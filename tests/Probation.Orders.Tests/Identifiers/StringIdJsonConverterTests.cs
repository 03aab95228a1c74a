using System.Text.Json;
using Probation.Orders.Validation;

namespace Probation.Orders.Identifiers;

public sealed class StringIdJsonConverterTests
{
    [Fact]
    public void Write_Crn_WritesPlainString()
    {
        var crn = new Crn("X123456");

        var json = JsonSerializer.Serialize(crn, OrderJson.Options);

        Assert.Equal("\"X123456\"", json);
    }

    [Fact]
    public void Read_String_WrapsWithoutChecking()
    {
        var json = "\"not-a-crn\"";

        var crn = JsonSerializer.Deserialize<Crn>(json, OrderJson.Options);

        Assert.Equal("not-a-crn", crn.Value);
        Assert.False(crn.IsWellFormed);
    }

    [Fact]
    public void Read_Null_GivesDefault()
    {
        var json = "null";

        var crn = JsonSerializer.Deserialize<Crn>(json, OrderJson.Options);

        Assert.Equal(default, crn);
    }

    [Fact]
    public void Read_Number_Throws()
    {
        var json = "42";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Crn>(json, OrderJson.Options));
    }
}
