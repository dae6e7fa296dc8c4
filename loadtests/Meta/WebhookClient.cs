using System.Net.Sockets;
using System.Text;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Meta;

/// <summary>POSTs signed webhooks to the frontend as Meta would and says how each was answered.</summary>
public sealed class WebhookClient : IDisposable
{
    private static readonly string[] ProfileNames =
        ["Lakshmi", "Ravi Kumar", "Sai Teja", "Anjali", "Venkatesh", "Padma", "Srinivas", "Divya", "Naga Raju", "Swathi", "Mahesh", "Bhavani"];

    private readonly HttpClient _http;
    private readonly Uri _webhook;
    private readonly byte[] _secret;
    private readonly WebhookEnvelope _envelope;
    // Unique across runs too: a deployment that outlives a run still remembers its wamids and would drop repeats.
    private readonly string _runTag = Guid.NewGuid().ToString("N")[..12];
    private long _messageNumber;

    public WebhookClient(Uri target, string appSecret, string phoneNumberId, TimeSpan timeout)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            // Enough connections that the tool, not a pool limit, decides the arrival rate.
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        {
            Timeout = timeout,
        };
        _webhook = new Uri(target, "/webhook");
        _secret = Encoding.UTF8.GetBytes(appSecret);
        _envelope = new WebhookEnvelope("102290129340398", "91 866 000 1234", phoneNumberId);
    }

    public Task<AckResult> PostAsync(string citizenId, CitizenMessage message, CancellationToken cancellationToken) =>
        PostAsync(Prepare(citizenId, message), cancellationToken);

    /// <summary>A fresh message from <paramref name="citizenId"/> with its own wamid, ready to deliver (and deliver again, as Meta retries).</summary>
    public Delivery Prepare(string citizenId, CitizenMessage message)
    {
        var number = Interlocked.Increment(ref _messageNumber);
        var wamid = "wamid." + Convert.ToBase64String(Encoding.ASCII.GetBytes($"{citizenId}.{_runTag}.{number}"));
        var name = ProfileNames[(int)(number % ProfileNames.Length)];
        var enveloped = new EnvelopedMessage(wamid, DateTimeOffset.UtcNow, message);
        return new Delivery(citizenId, name, [enveloped], _envelope.BuildBatch(citizenId, name, [enveloped]));
    }

    /// <summary>One webhook carrying both deliveries' messages, as Meta batches a citizen's messages it is still retrying.</summary>
    public Delivery Batch(Delivery earlier, Delivery later)
    {
        IReadOnlyList<EnvelopedMessage> messages = [.. earlier.Messages, .. later.Messages];
        return new Delivery(later.CitizenId, later.ProfileName, messages, _envelope.BuildBatch(later.CitizenId, later.ProfileName, messages));
    }

    public async Task<AckResult> PostAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        using var content = MetaSignature.SignedContent(delivery.Body, _secret);
        try
        {
            using var response = await _http.PostAsync(_webhook, content, cancellationToken);
            return AckResult.Status(response.StatusCode);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AckResult.Timeout;
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return AckResult.ConnectionRefused;
        }
        catch (HttpRequestException)
        {
            return AckResult.ConnectionError;
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A webhook body as signed and sent; sending the same one again is a Meta retry (same wamids).</summary>
public sealed record Delivery(string CitizenId, string ProfileName, IReadOnlyList<EnvelopedMessage> Messages, byte[] Body);
