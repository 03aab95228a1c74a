using System.Text.Json.Nodes;
using AzureStorage.Client.Support;
using AzureStorage.Client.Tables;

namespace AzureStorage.Client.Interop;

/// <summary>Entities written by this client are read by Microsoft's JavaScript SDK, and the other way round.</summary>
public sealed class TableInteropTests
{
    private static readonly Guid Id = Guid.Parse("0b8e2c2a-64a3-4f6f-9d53-1b6f3c7c2a11");
    private static readonly DateTimeOffset Time = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1234567);

    public static TheoryData<string> SpecialKeys => ["with space", "O'Brien", "''", "100%", "%2B", "a+b", "ünïcødé 😀", "(x),y=z&w;*!~"];

    [Fact]
    public async Task InsertAsync_EveryType_OfficialSdkReadsExactValuesAndETag()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var etag = await temporary.Table.InsertAsync(new TableEntity("p", "r")
        {
            ["Text"] = "héllo <&> 😀",
            ["Int32"] = -42,
            ["Int64"] = long.MinValue,
            ["Double"] = 0.1,
            ["Large"] = 1.5e300,
            ["Flag"] = true,
            ["Time"] = Time,
            ["Id"] = Id,
            ["Bytes"] = new byte[] { 0, 1, 2, 255 },
        });

        var entity = (await OfficialSdk.RunAsync(new { op = "getEntity", table = temporary.Name, partitionKey = "p", rowKey = "r" }))[0]!;

        Assert.Equal(etag.Value, (string?)entity["etag"]);
        AssertTyped(entity["Text"], "héllo <&> 😀", "String");
        AssertTyped(entity["Int32"], "-42", "Int32");
        AssertTyped(entity["Int64"], "-9223372036854775808", "Int64");
        AssertTyped(entity["Double"], "0.1", "Double");
        AssertTyped(entity["Large"], "1.5e+300", "Double");
        AssertTyped(entity["Flag"], "true", "Boolean");
        AssertTyped(entity["Time"], "2024-05-06T07:08:09.1234567Z", "DateTime");
        AssertTyped(entity["Id"], Id.ToString(), "Guid");
        AssertTyped(entity["Bytes"], "AAEC/w==", "Binary");
    }

    [Fact]
    public async Task GetEntityAsync_WrittenByOfficialSdk_ReadsExactTypes()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var written = new JsonObject
        {
            ["partitionKey"] = "p",
            ["rowKey"] = "r",
            ["Text"] = "héllo <&> 😀",
            ["Int32"] = Typed("-42", "Int32"),
            ["Int64"] = Typed("9223372036854775807", "Int64"),
            ["Double"] = Typed(0.1, "Double"),
            ["Flag"] = true,
            ["Time"] = Typed("2024-05-06T07:08:09.1234567Z", "DateTime"),
            ["Id"] = Typed(Id.ToString(), "Guid"),
            ["Bytes"] = Typed("AAEC/w==", "Binary"),
        };

        var result = (await OfficialSdk.RunAsync(new { op = "createEntity", table = temporary.Name, entity = written }))[0]!;
        var read = (await temporary.Table.GetEntityAsync("p", "r"))!;

        Assert.Equal((string?)result["etag"], read.ETag?.Value);
        Assert.Equal("héllo <&> 😀", read.GetString("Text"));
        Assert.Equal(-42, read.GetInt32("Int32"));
        Assert.Equal(long.MaxValue, read.GetInt64("Int64"));
        Assert.Equal(0.1, read.GetDouble("Double"));
        Assert.True(read.GetBoolean("Flag"));
        Assert.Equal(Time, read.GetDateTimeOffset("Time"));
        Assert.Equal(Id, read.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, read.GetBinary("Bytes"));
    }

    [Fact]
    public async Task UpdateAsync_ETagsExchanged_EachSideAcceptsTheOthersAndRejectsStale()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var ours = await temporary.Table.InsertAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var results = await OfficialSdk.RunAsync(
            new { op = "updateEntity", table = temporary.Name, mode = "Merge", etag = ours.Value, entity = new { partitionKey = "p", rowKey = "r", N = 2 } });
        var theirs = new ETag((string)results[0]!["etag"]!);
        var stale = await Assert.ThrowsAsync<StoragePreconditionFailedException>(
            () => temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["N"] = 9 }, ours, TableUpdateMode.Merge));
        var next = await temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["N"] = 3 }, theirs, TableUpdateMode.Replace);
        var final = await OfficialSdk.RunAsync(
            new { op = "deleteEntity", table = temporary.Name, partitionKey = "p", rowKey = "r", etag = next.Value });

        Assert.Equal("UpdateConditionNotSatisfied", stale.ErrorCode);
        Assert.Single(final);
        Assert.Null(await temporary.Table.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task QueryAsync_ContinuationTokens_ExchangedWithOfficialSdk()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var transaction = new TableTransaction();
        for (var i = 0; i < 25; i++)
        {
            transaction.Insert(new TableEntity("p", $"r{i:D2}"));
        }

        await temporary.Table.SubmitTransactionAsync(transaction);

        var ourFirst = await temporary.Table.QueryAsync(new TableQuery(Top: 10));
        var theirs = await OfficialSdk.RunAsync(
            new { op = "listPage", table = temporary.Name, pageSize = 10, continuationToken = ourFirst.ContinuationToken },
            new { op = "listPage", table = temporary.Name, pageSize = 10 });
        var theirSecond = theirs[0]!;
        var ourThird = await temporary.Table.QueryAsync(new TableQuery(Top: 10), (string)theirSecond["continuationToken"]!);
        var ourSecondFromTheirFirst = await temporary.Table.QueryAsync(new TableQuery(Top: 10), (string)theirs[1]!["continuationToken"]!);

        Assert.Equal(Rows(0, 10), ourFirst.Entities.Select(e => e.RowKey));
        Assert.Equal(Rows(10, 10), theirSecond["entities"]!.AsArray().Select(e => (string)e!["rowKey"]!));
        Assert.Equal(Rows(20, 5), ourThird.Entities.Select(e => e.RowKey));
        Assert.Null(ourThird.ContinuationToken);
        Assert.Equal(Rows(10, 10), ourSecondFromTheirFirst.Entities.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Keys_SpecialCharacters_ReadAcrossBothClients()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        string[] keys = [.. SpecialKeys];
        foreach (var key in keys)
        {
            await temporary.Table.InsertAsync(new TableEntity(key, "ours-" + key) { ["Key"] = key });
        }

        var steps = keys.Select(k => (object)new { op = "getEntity", table = temporary.Name, partitionKey = k, rowKey = "ours-" + k })
            .Concat(keys.Select(k => (object)new { op = "createEntity", table = temporary.Name, entity = new { partitionKey = k, rowKey = "theirs-" + k, Key = k } }))
            .ToArray();
        var results = await OfficialSdk.RunAsync(steps);

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(keys[i], (string?)results[i]!["partitionKey"]);
            Assert.Equal("ours-" + keys[i], (string?)results[i]!["rowKey"]);
            var theirs = await temporary.Table.GetEntityAsync(keys[i], "theirs-" + keys[i]);
            Assert.Equal(keys[i], theirs!.GetString("Key"));
            Assert.Equal((string?)results[keys.Length + i]!["etag"], theirs.ETag?.Value);
        }
    }

    [Fact]
    public async Task SubmitTransactionAsync_OfficialSdkTransaction_ReadByClientAndViceVersa()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        await temporary.Table.SubmitTransactionAsync(new TableTransaction()
            .Insert(new TableEntity("ours", "1") { ["N"] = 1L })
            .Insert(new TableEntity("ours", "2") { ["N"] = 2L }));

        var results = await OfficialSdk.RunAsync(
            new { op = "submitTransaction", table = temporary.Name, entities = new[] { new { partitionKey = "theirs", rowKey = "1" }, new { partitionKey = "theirs", rowKey = "2" } } },
            new { op = "listPage", table = temporary.Name, pageSize = 100, filter = "PartitionKey eq 'ours'" });
        var theirs = await temporary.Table.QueryAllAsync(new TableQuery(TableFilter.PartitionKeyEquals("theirs"))).ToListAsync();

        Assert.Equal(202, (int)results[0]!["status"]!);
        Assert.Equal(results[0]!["etags"]!.AsArray().Select(e => (string?)e), theirs.Select(e => e.ETag?.Value));
        Assert.Equal(["1", "2"], results[1]!["entities"]!.AsArray().Select(e => (string)e!["rowKey"]!));
        Assert.All(results[1]!["entities"]!.AsArray(), e => Assert.Equal("Int64", (string?)e!["N"]!["type"]));
    }

    private static JsonObject Typed(JsonNode value, string type) => new() { ["value"] = value, ["type"] = type };

    private static void AssertTyped(JsonNode? node, string value, string type)
    {
        Assert.NotNull(node);
        Assert.Equal(type, (string?)node["type"]);
        Assert.Equal(value, node["value"]!.ToString());
    }

    private static IEnumerable<string> Rows(int start, int count) => Enumerable.Range(start, count).Select(i => $"r{i:D2}");
}
