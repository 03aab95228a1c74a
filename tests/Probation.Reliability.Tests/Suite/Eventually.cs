namespace Probation.Reliability.Suite;

/// <summary>Waits for a condition that the service brings about in the background, polling it; no fixed sleeps.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {seconds} s.");
            await Task.Delay(250);
        }
    }
}
