using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Probation.Functions.Storage;

/// <summary>
/// The test account's three services behind loopback ports of their own that pass every byte on, until
/// <see cref="CutAsync"/> closes them and every connection through them: storage gone, for one host only, while the
/// other tests keep the Azurite they share.
/// </summary>
internal sealed class StorageRelay : IAsyncDisposable
{
    /// <summary>The development account's well-known key, which Azurite accepts.</summary>
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly CancellationTokenSource _cut = new();
    private readonly List<Task> _running = [];
    private readonly TcpListener[] _listeners;
    private readonly Uri[] _targets;

    public StorageRelay(string connectionString)
    {
        _targets =
        [
            new BlobServiceClient(connectionString).Uri,
            new QueueServiceClient(connectionString).Uri,
            new TableServiceClient(connectionString).Uri,
        ];
        _listeners = [.. _targets.Select(_ => new TcpListener(IPAddress.Loopback, 0))];
        foreach (var (listener, target) in _listeners.Zip(_targets))
        {
            listener.Start();
            lock (_running)
            {
                _running.Add(AcceptAsync(listener, target));
            }
        }
    }

    /// <summary>The development account, reached through the relay.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};" +
        $"BlobEndpoint={Relayed(0)};QueueEndpoint={Relayed(1)};TableEndpoint={Relayed(2)};";

    /// <summary>Refuses new connections and closes the open ones: every request from now on fails as storage that is down.</summary>
    public async Task CutAsync()
    {
        await _cut.CancelAsync();
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }

        Task[] running;
        lock (_running)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await CutAsync();
        _cut.Dispose();
    }

    private string Relayed(int service) =>
        new UriBuilder(_targets[service]) { Port = ((IPEndPoint)_listeners[service].LocalEndpoint).Port }.Uri.ToString().TrimEnd('/');

    private async Task AcceptAsync(TcpListener listener, Uri target)
    {
        while (!_cut.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_cut.Token);
            }
            catch (Exception) when (_cut.IsCancellationRequested)
            {
                return;
            }

            lock (_running)
            {
                _running.Add(PassAsync(client, target));
            }
        }
    }

    private async Task PassAsync(TcpClient client, Uri target)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(target.Host, target.Port, _cut.Token);
                using var stream = client.GetStream();
                using var upstream = server.GetStream();
                await Task.WhenAny(stream.CopyToAsync(upstream, _cut.Token), upstream.CopyToAsync(stream, _cut.Token));
            }
            catch (Exception) when (_cut.IsCancellationRequested)
            {
            }
            catch (IOException)
            {
            }
        }
    }
}
