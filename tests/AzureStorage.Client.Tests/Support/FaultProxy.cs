using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AzureStorage.Client.Support;

/// <summary>
/// A small HTTP/1.1 proxy on 127.0.0.1 in front of a real storage endpoint. The first
/// <c>faults</c> requests get <see cref="FaultMode"/>; the rest are forwarded unchanged, so Shared Key
/// signatures stay valid. It records every request it receives.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { UseProxy = false });
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _target;
    private readonly FaultMode _mode;
    private readonly int _faults;
    private readonly Task _accepting;
    private int _requests;

    public FaultProxy(Uri target, FaultMode mode, int faults)
    {
        _target = target;
        _mode = mode;
        _faults = faults;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>Requests received, faulted ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public ConcurrentQueue<WireRequest> Received { get; } = new();

    /// <summary>The proxy's address for an endpoint of the target host, path kept.</summary>
    public Uri Front(Uri endpoint) =>
        new UriBuilder(endpoint) { Scheme = "http", Host = "127.0.0.1", Port = ((IPEndPoint)_listener.LocalEndpoint).Port }.Uri;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _upstream.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(TcpClient socket)
    {
        using var _ = socket;
        var stream = socket.GetStream();
        try
        {
            while (await WireRequest.ReadAsync(stream, _stop.Token) is { } request)
            {
                Received.Enqueue(request);
                if (Interlocked.Increment(ref _requests) <= _faults)
                {
                    switch (_mode)
                    {
                        case FaultMode.DropConnection:
                            return;
                        case FaultMode.Stall:
                            await Task.Delay(Timeout.Infinite, _stop.Token);
                            return;
                        default:
                            await WriteBusyAsync(stream);
                            continue;
                    }
                }

                await ForwardAsync(request, stream);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client hung up or the proxy is stopping; either ends this connection.
        }
    }

    private async Task ForwardAsync(WireRequest request, NetworkStream stream)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_target, request.Target));
        if (request.Body.Length > 0 || request.Header("Content-Length") is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _upstream.SendAsync(message, _stop.Token);
        var body = await response.Content.ReadAsByteArrayAsync(_stop.Token);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name is not ("Transfer-Encoding" or "Content-Length" or "Connection" or "Keep-Alive"))
            {
                head.Append(CultureInfo.InvariantCulture, $"{name}: {string.Join(", ", values)}\r\n");
            }
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
        await stream.WriteAsync(body, _stop.Token);
    }

    private async Task WriteBusyAsync(NetworkStream stream)
    {
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code><Message>Injected by the test proxy.</Message></Error>");
        var head = $"HTTP/1.1 503 Service Unavailable\r\nx-ms-error-code: ServerBusy\r\nContent-Type: application/xml\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
        await stream.WriteAsync(body, _stop.Token);
    }
}
