using System.Diagnostics.Metrics;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Observability;

/// <summary>
/// What this silo saw since the last report, read off its own <see cref="ManaMitraMetrics"/> instruments: the
/// dashboard needs no instrumentation of its own, and counts exactly what Prometheus counts. Only the instruments of
/// this host's meter are heard, so several hosts in one process (tests) do not count each other's traffic. The one
/// exception is the words of searches that found nothing (<see cref="FoundNothing"/>): words are no metric label.
/// </summary>
public sealed class DashboardTally : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private DashboardBatch _batch = new();

    public DashboardTally(ManaMitraMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter) && instrument.Name is ManaMitraMetrics.MessagesInName
                    or ManaMitraMetrics.MessagesOutName or ManaMitraMetrics.ServiceOutcomesName or ManaMitraMetrics.ServiceDurationName
                    or PaymentMetrics.PaymentsName or PaymentMetrics.RupeesName or PaymentMetrics.SettlementsName or PaymentMetrics.ReconciliationLagName
                    or SearchMetrics.SearchesName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnCount);
        _listener.SetMeasurementEventCallback<double>(OnMeasure);
        _listener.Start();
    }

    /// <summary>Hands over everything counted so far and starts afresh.</summary>
    public DashboardBatch Take()
    {
        lock (_gate)
        {
            var batch = _batch;
            _batch = new DashboardBatch();
            return batch;
        }
    }

    /// <summary>
    /// A typed search found nothing; <paramref name="words"/> are already masked (numbers gone), since from here they
    /// travel to the dashboard grain and onto officials' screens. Bounded per report by <see cref="UnmatchedSearches"/>.
    /// </summary>
    public void FoundNothing(string words, DateTimeOffset at)
    {
        lock (_gate)
        {
            _batch.Unmatched.Record(words, at);
        }
    }

    /// <summary>Puts back a batch that could not be delivered, so a failed report loses nothing.</summary>
    public void Return(DashboardBatch batch)
    {
        lock (_gate)
        {
            _batch.Add(batch);
        }
    }

    private void OnCount(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        lock (_gate)
        {
            switch (instrument.Name)
            {
                case ManaMitraMetrics.MessagesInName:
                    _batch.MessagesIn += value;
                    break;
                case ManaMitraMetrics.MessagesOutName when Tag(tags, "kind") == ManaMitraMetrics.MessageKind:
                    _batch.MessagesOut += value;
                    break;
                case SearchMetrics.SearchesName:
                    _batch.Searches += value;
                    break;
                case ManaMitraMetrics.ServiceOutcomesName:
                    var tally = _batch.For(Service(tags));
                    switch (Tag(tags, "status"))
                    {
                        case var s when s == ManaMitraMetrics.Label(OutcomeStatus.Completed):
                            tally.Completed += value;
                            break;
                        case var s when s == ManaMitraMetrics.Label(OutcomeStatus.Declined):
                            tally.Declined += value;
                            break;
                        case var s when s == ManaMitraMetrics.Label(OutcomeStatus.Submitted):
                            tally.Submitted += value;
                            break;
                        default:
                            tally.AwaitingPayment += value;
                            break;
                    }

                    break;
                case PaymentMetrics.PaymentsName:
                    CountPayment(PaymentsOf(tags), Tag(tags, "outcome"), value);
                    break;
                case PaymentMetrics.SettlementsName when Tag(tags, "source") == ManaMitraMetrics.Label(SettlementSource.Reconciliation):
                    PaymentsOf(tags).Reconciled += value;
                    break;
            }
        }
    }

    private static void CountPayment(PaymentTally tally, string? outcome, long value)
    {
        switch (outcome)
        {
            case var o when o == ManaMitraMetrics.Label(PaymentEvent.Created):
                tally.Created += value;
                break;
            case var o when o == ManaMitraMetrics.Label(PaymentEvent.Captured):
                tally.Captured += value;
                break;
            case var o when o == ManaMitraMetrics.Label(PaymentEvent.Failed):
                tally.Failed += value;
                break;
            case var o when o == ManaMitraMetrics.Label(PaymentEvent.Expired):
                tally.Expired += value;
                break;
        }
    }

    private void OnMeasure(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        lock (_gate)
        {
            switch (instrument.Name)
            {
                case ManaMitraMetrics.ServiceDurationName:
                    _batch.For(Service(tags)).TimeToServe.Record(TimeSpan.FromSeconds(value));
                    break;
                case PaymentMetrics.RupeesName when Tag(tags, "outcome") == ManaMitraMetrics.Label(PaymentEvent.Captured):
                    PaymentsOf(tags).CapturedPaise += (long)Math.Round(value * 100);
                    break;
                case PaymentMetrics.ReconciliationLagName:
                    PaymentsOf(tags).Lagged(TimeSpan.FromSeconds(value));
                    break;
            }
        }
    }

    private PaymentTally PaymentsOf(ReadOnlySpan<KeyValuePair<string, object?>> tags) => _batch.PaymentsOf(Tag(tags, "department") ?? "");

    private static ServiceKey Service(ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        new(Tag(tags, "department") ?? "", Tag(tags, "service") ?? "");

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    public void Dispose() => _listener.Dispose();
}
