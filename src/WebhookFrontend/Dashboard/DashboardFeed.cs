using System.Text.Json;
using System.Threading.Channels;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Observability;
using Microsoft.Extensions.Options;

namespace ManaMitra.WebhookFrontend.Dashboard;

/// <summary>
/// One reader of the dashboard grain per frontend, however many pages are open: every push interval, while at least
/// one page listens, it takes one snapshot and hands the same JSON to every page. Open pages cost the cluster nothing
/// more, and a page that reads slowly only ever holds the latest snapshot.
/// </summary>
public sealed partial class DashboardFeed(
    IGrainFactory grains,
    IOptions<DashboardOptions> options,
    TimeProvider time,
    ILogger<DashboardFeed> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock _gate = new();
    private readonly HashSet<Channel<string>> _pages = [];
    private string? _latest;

    /// <summary>Snapshots as JSON for one page, starting with the latest one, until the page goes away.</summary>
    public async IAsyncEnumerable<string> Subscribe([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        string? latest;
        lock (_gate)
        {
            _pages.Add(page);
            latest = _latest;
        }

        try
        {
            latest ??= await Read();
            yield return latest;
            await foreach (var snapshot in page.Reader.ReadAllAsync(cancellationToken))
            {
                yield return snapshot;
            }
        }
        finally
        {
            lock (_gate)
            {
                _pages.Remove(page);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Channel<string>[] pages;
                lock (_gate)
                {
                    pages = [.. _pages];
                }

                if (pages.Length == 0)
                {
                    _latest = null;
                    continue;
                }

                await Push(pages);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: open pages see the stream end and reconnect to another frontend.
        }
    }

    private async Task Push(Channel<string>[] pages)
    {
        try
        {
            var snapshot = await Read();
            _latest = snapshot;
            foreach (var page in pages)
            {
                page.Writer.TryWrite(snapshot);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Pages keep what they show; the next tick tries again.
            LogReadFailed(e);
        }
    }

    private async Task<string> Read() =>
        JsonSerializer.Serialize(await grains.GetGrain<IDashboardGrain>(IDashboardGrain.Key).Snapshot(), Json);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the dashboard snapshot")]
    private partial void LogReadFailed(Exception exception);
}
