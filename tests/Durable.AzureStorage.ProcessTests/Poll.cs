namespace Durable.AzureStorage;

/// <summary>Polls a reading until it satisfies a condition or a timeout passes; the caller asserts on the last reading.</summary>
internal static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, TimeSpan interval)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var last = await read();
        while (!done(last) && !deadline.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
            }

            last = await read();
        }

        return last;
    }
}
