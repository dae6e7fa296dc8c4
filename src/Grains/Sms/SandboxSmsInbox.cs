using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ManaMitra.Conversations.Forms;

namespace ManaMitra.Grains.Sms;

/// <summary>
/// The sandbox's SMS gateway: an HTTP endpoint in this process (<see cref="Handler"/>) that speaks Fast2SMS's DLT API
/// as <see cref="Fast2SmsGateway"/> calls it, checks the request as the real one would (its key, route, sender,
/// template, a 10-digit number) and keeps what it was sent, for the simulator to show (<c>GET /sandbox/sms</c>) and
/// tests to read. Nothing leaves the process: it is the SMS side of a sandbox that sends nothing to WhatsApp either.
/// </summary>
public sealed class SandboxSmsInbox
{
    // Bounded, as the sandbox channel is: the simulator only needs the recent past.
    private const int Kept = 200;

    private readonly Lock _gate = new();
    private readonly List<SandboxSms> _received = [];
    private long _sequence;
    private TaskCompletionSource _arrived = NewSignal();

    /// <summary>The key this gateway accepts, new per process: the sandbox's <see cref="SmsOptions.ApiKey"/>.</summary>
    public string ApiKey { get; } = RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>The address the sandbox's <see cref="Fast2SmsGateway"/> is given; <see cref="Handler"/> answers it.</summary>
    public const string BaseUrl = "http://sandbox-sms.invalid";

    /// <summary>Messages received after sequence <paramref name="after"/>, waiting up to <paramref name="wait"/> for one.</summary>
    public Task<IReadOnlyList<SandboxSms>> ReadAsync(long after, TimeSpan wait, CancellationToken cancellationToken) =>
        LongPoll.ReadAsync<SandboxSms>(() =>
        {
            lock (_gate)
            {
                return (_received.Where(m => m.Sequence > after).ToList(), _arrived.Task);
            }
        }, wait, cancellationToken);

    /// <summary>The last message sent to <paramref name="mobile"/>, if any.</summary>
    public SandboxSms? LastTo(string mobile)
    {
        lock (_gate)
        {
            return _received.LastOrDefault(m => m.To == mobile);
        }
    }

    /// <summary>The gateway's HTTP side, as a handler the sandbox's <see cref="HttpClient"/> sends through.</summary>
    public HttpMessageHandler Handler() => new InboxHandler(this);

    private (HttpStatusCode Status, Fast2SmsResponse Answer) Receive(HttpRequestMessage request, Fast2SmsRequest? body)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri?.AbsolutePath != Fast2SmsGateway.Path)
        {
            return Refuse(HttpStatusCode.NotFound, 404, "Unknown endpoint");
        }

        if (!request.Headers.TryGetValues("authorization", out var keys) || keys.SingleOrDefault() != ApiKey)
        {
            return Refuse(HttpStatusCode.Unauthorized, 412, "Invalid Authentication, Check Authorization Key");
        }

        if (body is not { Route: "dlt_manual" } || string.IsNullOrWhiteSpace(body.SenderId) || string.IsNullOrWhiteSpace(body.TemplateId)
            || string.IsNullOrWhiteSpace(body.Message) || body.Numbers is not { Length: 10 } number || !number.All(char.IsAsciiDigit))
        {
            return Refuse(HttpStatusCode.BadRequest, 400, "Send route dlt_manual with sender_id, template_id, message and one 10-digit number");
        }

        TaskCompletionSource arrived;
        lock (_gate)
        {
            _received.Add(new SandboxSms(++_sequence, number, body.Message, body.SenderId, body.TemplateId, DateTimeOffset.UtcNow));
            if (_received.Count > Kept)
            {
                _received.RemoveAt(0);
            }

            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.TrySetResult();
        return (HttpStatusCode.OK, new Fast2SmsResponse
        {
            Return = true,
            RequestId = RandomNumberGenerator.GetHexString(16, lowercase: true),
            Message = JsonSerializer.SerializeToElement(new[] { "SMS sent successfully." }),
        });
    }

    private static (HttpStatusCode, Fast2SmsResponse) Refuse(HttpStatusCode status, int code, string message) =>
        (status, new Fast2SmsResponse { Return = false, StatusCode = code, Message = JsonSerializer.SerializeToElement(message) });

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class InboxHandler(SandboxSmsInbox inbox) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Fast2SmsRequest? body = null;
            if (request.Content is not null)
            {
                try
                {
                    body = await request.Content.ReadFromJsonAsync(Fast2SmsJson.Default.Fast2SmsRequest, cancellationToken);
                }
                catch (JsonException)
                {
                    // Unreadable: refused below as a request without its fields.
                }
            }

            var (status, answer) = inbox.Receive(request, body);
            return new HttpResponseMessage(status) { RequestMessage = request, Content = JsonContent.Create(answer, Fast2SmsJson.Default.Fast2SmsResponse) };
        }
    }
}

/// <summary>An SMS the sandbox gateway took: its sequence, the number and text it was sent, and the DLT facts it came with.</summary>
public sealed record SandboxSms(long Sequence, string To, string Message, string SenderId, string TemplateId, DateTimeOffset ReceivedAt)
{
    /// <summary>The number as the simulator shows it, like the chat does.</summary>
    public string MaskedTo => OtpCodes.Mask(To);
}
