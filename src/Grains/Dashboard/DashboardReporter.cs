using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace ManaMitra.Grains.Dashboard;

/// <summary>
/// Publishes this silo's tally on the <see cref="ServiceEvents"/> stream every <see cref="DashboardOptions.ReportInterval"/>:
/// one stream event per silo per interval however busy the silo is, instead of one per service event.
/// </summary>
public sealed partial class DashboardReporter(
    DashboardTally tally,
    [FromKeyedServices(ServiceEvents.ProviderName)] IStreamProvider streams,
    IOptions<DashboardOptions> options,
    TimeProvider time,
    ILogger<DashboardReporter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReportInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await Report();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the last seconds of counts go with the silo; the dashboard is a view, not a ledger.
        }
    }

    private async Task Report()
    {
        var batch = tally.Take();
        if (batch.IsEmpty)
        {
            return;
        }

        try
        {
            await streams.GetStream<DashboardBatch>(ServiceEvents.For(IDashboardGrain.Key)).OnNextAsync(batch);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tally.Return(batch);
            LogReportFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish to the dashboard stream; the counts wait for the next report")]
    private partial void LogReportFailed(Exception exception);
}
