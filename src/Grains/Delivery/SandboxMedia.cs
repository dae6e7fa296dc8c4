using System.Collections.Concurrent;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Media;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Media in sandbox mode, where no Cloud API holds the citizens' files: the simulator uploads a file here and sends
/// its id in a message, as WhatsApp would. One sample photo is always here (<see cref="SampleId"/>) so a form that
/// asks for a photo can be finished without one at hand; the sandbox's sample records are documented the same way.
/// </summary>
public sealed class SandboxMedia : IWhatsAppMedia
{
    public const string SampleId = "sandbox-sample-photo";

    // Bounded like the sandbox channel: a long-running sandbox keeps the recent uploads, not every one.
    private const int Kept = 100;

    // A 1×1 PNG: enough for a form, a stored piece of evidence and an officer's page to show.
    private static readonly byte[] SamplePhoto = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly ConcurrentDictionary<string, (byte[] Content, string MediaType)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _arrivals = new();
    private long _uploads;

    public SandboxMedia() => _files[SampleId] = (SamplePhoto, "image/png");

    /// <returns>The media id a message names the file by.</returns>
    public string Add(byte[] content, string mediaType)
    {
        var id = $"sandbox-media-{Interlocked.Increment(ref _uploads)}";
        _files[id] = (content, mediaType);
        _arrivals.Enqueue(id);
        while (_arrivals.Count > Kept && _arrivals.TryDequeue(out var oldest))
        {
            _files.TryRemove(oldest, out _);
        }

        return id;
    }

    /// <summary>
    /// What kind of message WhatsApp would have carried the file in: a picture, audio, or a document for anything else;
    /// an id this sandbox never had reads as a picture, which then fails to download as an expired one does.
    /// </summary>
    public InboundKind KindOf(string mediaId) => _files.TryGetValue(mediaId, out var file) switch
    {
        true when file.MediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) => InboundKind.Audio,
        true when !file.MediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => InboundKind.Document,
        _ => InboundKind.Image,
    };

    public Task<MediaDownload> DownloadAsync(string mediaId, MediaLimits limits, CancellationToken cancellationToken) =>
        Task.FromResult<MediaDownload>(_files.TryGetValue(mediaId, out var file) switch
        {
            false => new MediaDownload.Missing("no such sandbox media"),
            true when !limits.Allows(file.MediaType) => new MediaDownload.WrongType(file.MediaType),
            true when file.Content.LongLength > limits.MaxBytes => new MediaDownload.TooLarge(file.Content.LongLength),
            _ => new MediaDownload.Fetched(file.Content, file.MediaType),
        });
}
