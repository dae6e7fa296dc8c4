using System.Diagnostics;
using System.Diagnostics.Metrics;
using ManaMitra.Observability;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>Counts the silo's conversations as they settle (<see cref="ManaMitraMetrics.ConversationsSettledName"/>), in process.</summary>
public sealed class SettledConversations : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _settled;

    public SettledConversations()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ManaMitraMetrics.MeterName && instrument.Name == ManaMitraMetrics.ConversationsSettledName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _settled, value));
        _listener.Start();
    }

    /// <summary>Returns once <paramref name="count"/> conversations have settled.</summary>
    public async Task AllAsync(long count)
    {
        var deadline = Stopwatch.StartNew();
        while (Interlocked.Read(ref _settled) < count)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"only {Interlocked.Read(ref _settled):N0} of {count:N0} conversations settled within 10 minutes");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public void Dispose() => _listener.Dispose();
}
