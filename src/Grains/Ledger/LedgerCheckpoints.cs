using System.Threading.Channels;
using ManaMitra.Documents;
using ManaMitra.Documents.Ledger;
using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Ledger;

/// <summary>
/// Signs the ledger's last entry (<see cref="LedgerSeal"/>) when <see cref="LedgerWriter"/> asks, after every
/// <see cref="LedgerOptions.CheckpointEvery"/> entries, and once a <see cref="LedgerOptions.CheckpointInterval"/>
/// unless another silo signed within it; never when the last entry is signed already. Every silo runs one: two that
/// sign the same entry keep the first checkpoint.
/// </summary>
public sealed partial class LedgerCheckpoints(
    ILedgerStore store,
    IServiceProvider services,
    IOptions<LedgerOptions> options,
    TimeProvider time,
    ILogger<LedgerCheckpoints> logger) : BackgroundService
{
    // One waiting request is as good as many.
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a checkpoint soon, without waiting for it.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Signs the last entry unless a checkpoint covers it already; returns the checkpoint that covers it, null while the ledger is empty.</summary>
    public async Task<LedgerCheckpoint?> SealAsync(CancellationToken cancellationToken)
    {
        if (await store.LastAsync(cancellationToken) is not { } last)
        {
            return null;
        }

        if (await store.LastCheckpointAsync(cancellationToken) is { } latest && latest.Seq >= last.Seq)
        {
            return latest;
        }

        // Resolved here, not injected: the keys load on first use (DocumentServices), and a silo must still start
        // (and say what is missing in this log) when they are absent.
        var checkpoint = LedgerSeal.Sign(last, time.GetUtcNow(), services.GetRequiredService<DocumentKeys>());
        await store.AddCheckpointAsync(checkpoint, cancellationToken);
        LogSealed(checkpoint.Seq, checkpoint.Kid);
        return checkpoint;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var requested = await WaitAsync(stoppingToken);
                try
                {
                    if (requested || await IntervalPassedAsync(stoppingToken))
                    {
                        await SealAsync(stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database or the keys are unwell; the next request or period tries again, and the checkpoint
                    // then covers everything appended meanwhile.
                    LogSealFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: another silo, or this one's next start, signs what is left.
        }
    }

    /// <summary>True when asked, false when a period went by without a request.</summary>
    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        using var period = new CancellationTokenSource(options.Value.CheckpointInterval, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, period.Token);
        try
        {
            return await _requests.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<bool> IntervalPassedAsync(CancellationToken cancellationToken) =>
        await store.LastCheckpointAsync(cancellationToken) is not { } latest || time.GetUtcNow() - latest.At >= options.Value.CheckpointInterval;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ledger checkpoint at {Seq}, signed by {Kid}")]
    private partial void LogSealed(long seq, string kid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ledger checkpoint failed; trying again at the next request or period")]
    private partial void LogSealFailed(Exception exception);
}
