using Xunit.Abstractions;

namespace Probation.Reliability.Faults;

/// <summary>The engine's control queues of a hub as they stand: messages counted (visible or not) and those visible, for a stalled order's failure output.</summary>
internal static class ControlQueues
{
    public static async Task DescribeAsync(Suite.SuiteHub hub, ITestOutputHelper output)
    {
        for (var partition = 0; partition < 2; partition++)
        {
            var queue = hub.Queue($"{hub.Name.ToLowerInvariant()}-control-{partition:D2}");
            var count = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            var visible = (await queue.PeekMessagesAsync(32)).Value;
            output.WriteLine($"{queue.Name}: {count} messages, {visible.Length} visible");
            foreach (var message in visible)
            {
                var body = message.Body.ToString();
                output.WriteLine($"  dequeued {message.DequeueCount}x, put {message.InsertedOn:HH:mm:ss}: {body[..Math.Min(300, body.Length)]}");
            }
        }
    }
}
