using System.Diagnostics.Metrics;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.Observability;

/// <summary>
/// ManaMitra's own series. The Prometheus export turns the dotted names into <c>manamitra_*</c> (counters gain
/// <c>_total</c>, the latency histograms <c>_seconds</c>). Labels carry kinds, codes and catalog ids only: never a
/// citizen's number, so the series stay few and hold nothing personal.
/// </summary>
public sealed class ManaMitraMetrics
{
    public const string MeterName = "ManaMitra";
    public const string MessagesInName = "manamitra.messages.in";
    public const string MessagesOutName = "manamitra.messages.out";
    public const string ServiceOutcomesName = "manamitra.service.outcomes";
    public const string ServiceDurationName = "manamitra.service.duration";
    public const string ConversationsSettledName = "manamitra.conversations.settled";

    /// <summary>The <c>kind</c> of an accepted send that citizens read (as opposed to a read receipt).</summary>
    public const string MessageKind = "message";

    private readonly Counter<long> _webhooks;
    private readonly Counter<long> _messagesIn;
    private readonly Counter<long> _messagesOut;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _cloudApiErrors;
    private readonly Histogram<double> _sendDuration;
    private readonly Counter<long> _serviceOutcomes;
    private readonly Histogram<double> _serviceDuration;
    private readonly UpDownCounter<long> _activeConversations;
    private readonly Counter<long> _settled;
    private readonly Counter<long> _expired;

    public ManaMitraMetrics(IMeterFactory meters)
    {
        var meter = Meter = meters.Create(MeterName);
        _webhooks = meter.CreateCounter<long>("manamitra.webhooks", description: "Webhook POSTs by outcome.");
        _messagesIn = meter.CreateCounter<long>(MessagesInName, description: "Citizen messages taken by their grain (duplicates excluded), by kind.");
        _messagesOut = meter.CreateCounter<long>(MessagesOutName, description: "Messages the Cloud API accepted, by kind (message or read_receipt).");
        _sends = meter.CreateCounter<long>("manamitra.outbox.sends", description: "Outbox send attempts by result (accepted, transient, rejected).");
        _cloudApiErrors = meter.CreateCounter<long>("manamitra.cloud_api.errors",
            description: "Error answers of the Cloud API by Meta error code, HTTP status and result (transient: retried; rejected: given up).");
        _sendDuration = meter.CreateHistogram<double>(
            "manamitra.send.duration",
            unit: "s",
            description: "Time one outbox send took, waiting for the rate gate excluded.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _serviceOutcomes = meter.CreateCounter<long>(ServiceOutcomesName, description: "Department service runs by department, service and status.");
        _serviceDuration = meter.CreateHistogram<double>(
            ServiceDurationName,
            unit: "s",
            description: "Time a department service took to answer a submitted form.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _activeConversations = meter.CreateUpDownCounter<long>("manamitra.conversations.active", description: "Citizen chat grains active in this process.");
        _expired = meter.CreateCounter<long>("manamitra.conversations.expired", description: "Conversations erased because the citizen had not written for longer than their retention.");
        _settled = meter.CreateCounter<long>(ConversationsSettledName,
            description: "Conversations that went quiet with nothing left to send, stored what waited and let go of their timers.");
    }

    /// <summary>This host's meter: listeners in the same process tell it from other hosts' meters of the same name.</summary>
    public Meter Meter { get; }

    public void Webhook(WebhookOutcome outcome) => _webhooks.Add(1, new KeyValuePair<string, object?>("outcome", Label(outcome)));

    public void MessageIn(InboundKind kind) => _messagesIn.Add(1, new KeyValuePair<string, object?>("kind", Label(kind)));

    public void SendEnded(OutboxEntryKind kind, SendResult result, TimeSpan elapsed)
    {
        _sendDuration.Record(elapsed.TotalSeconds);
        var label = result switch
        {
            SendResult.Accepted => "accepted",
            SendResult.Rejected => "rejected",
            _ => "transient",
        };
        _sends.Add(1, new KeyValuePair<string, object?>("result", label));
        switch (result)
        {
            case SendResult.Accepted:
                // Read receipts ride the same outbox as replies; counted apart so "messages out" means what citizens read.
                _messagesOut.Add(1, new KeyValuePair<string, object?>("kind", kind == OutboxEntryKind.ReadReceipt ? "read_receipt" : MessageKind));
                break;
            case SendResult.Rejected rejected:
                CloudApiError(rejected.Code, rejected.HttpStatus, label);
                break;
            case SendResult.Transient { HttpStatus: > 0 } transient:
                // Only answers the Cloud API gave: timeouts, refused connections and an open circuit have no code
                // and show as transient sends alone.
                CloudApiError(transient.Code, transient.HttpStatus, label);
                break;
        }
    }

    private void CloudApiError(int code, int httpStatus, string result) => _cloudApiErrors.Add(
        1,
        new KeyValuePair<string, object?>("code", code.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new KeyValuePair<string, object?>("http_status", httpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new KeyValuePair<string, object?>("result", result));

    public void ServiceServed(string departmentId, string serviceId, OutcomeStatus status, TimeSpan elapsed)
    {
        var tags = new System.Diagnostics.TagList
        {
            { "department", departmentId },
            { "service", serviceId },
        };
        _serviceDuration.Record(elapsed.TotalSeconds, tags);
        tags.Add("status", Label(status));
        _serviceOutcomes.Add(1, tags);
    }

    public void ConversationActivated() => _activeConversations.Add(1);

    public void ConversationDeactivated() => _activeConversations.Add(-1);

    public void ConversationSettled() => _settled.Add(1);

    public void ConversationExpired() => _expired.Add(1);

    /// <summary>snake_case of an enum member, the usual shape of Prometheus label values.</summary>
    internal static string Label<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}

/// <summary>How the frontend answered a webhook POST.</summary>
public enum WebhookOutcome
{
    Ok,
    BadSignature,
    Malformed,
    TooLarge,
    Unavailable,
}
