namespace Durable.Replay;

/// <summary>An <see cref="IOpenTask"/> whose serialized result is turned into a <typeparamref name="T"/>.</summary>
internal sealed class OpenTask<T>(DataConverter converter) : IOpenTask
{
    private readonly TaskCompletionSource<T> _completion = new();

    public Task<T> Task => _completion.Task;

    public void Complete(string? result)
    {
        T value;
        try
        {
            value = converter.Deserialize<T>(result)!;
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or NotSupportedException or InvalidCastException)
        {
            _completion.TrySetException(exception);
            return;
        }

        _completion.TrySetResult(value);
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Cancel() => _completion.TrySetCanceled();
}
