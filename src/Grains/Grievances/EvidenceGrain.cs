using ManaMitra.Interfaces.Grievances;
using ManaMitra.Persistence;
using ManaMitra.WhatsApp.Media;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Grievances;

/// <inheritdoc cref="IEvidenceGrain"/>
/// <remarks>
/// Keyed by the media id, so a form submitted twice, or a photo sent with two grievances, is fetched once. A refusal
/// keeps nothing: the citizen is asked again, and a new photo has a new id.
/// </remarks>
public sealed partial class EvidenceGrain(
    [PersistentState(EvidenceGrain.StateName, StorageNames.Citizens)] IPersistentState<EvidenceState> state,
    IWhatsAppMedia media,
    TimeProvider time,
    IOptions<GrievancesOptions> options,
    ILogger<EvidenceGrain> logger) : Grain, IEvidenceGrain
{
    public const string StateName = "evidence";

    // Under Orleans' 30 s call timeout, so the caller hears "unavailable" rather than a timeout exception.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public async Task<EvidenceReceipt> Collect(IReadOnlyList<string> mediaTypes)
    {
        var maxBytes = options.Value.EvidenceMaxBytes;
        if (state.State.Content is { } kept)
        {
            return new EvidenceReceipt(EvidenceStatus.Kept, state.State.MediaType, kept.LongLength, maxBytes);
        }

        using var patience = new CancellationTokenSource(Patience);
        var download = await media.DownloadAsync(this.GetPrimaryKeyString(), new MediaLimits(maxBytes, mediaTypes), patience.Token);
        if (download is not MediaDownload.Fetched fetched)
        {
            var receipt = Refused(download, maxBytes);
            LogRefused(receipt.Status, download);
            return receipt;
        }

        state.State.Content = fetched.Content;
        state.State.MediaType = fetched.MediaType;
        state.State.ReceivedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return new EvidenceReceipt(EvidenceStatus.Kept, fetched.MediaType, fetched.Content.LongLength, maxBytes);
    }

    public Task<EvidenceFile?> Read() => Task.FromResult(state.State.Content is { } content
        ? new EvidenceFile(content, state.State.MediaType, state.State.ReceivedAt)
        : null);

    public Task Erase() => state.ClearStateAsync();

    private static EvidenceReceipt Refused(MediaDownload download, long maxBytes) => download switch
    {
        MediaDownload.Missing => new(EvidenceStatus.Missing, string.Empty, 0, maxBytes),
        MediaDownload.TooLarge large => new(EvidenceStatus.TooLarge, string.Empty, large.Bytes, maxBytes),
        MediaDownload.WrongType wrong => new(EvidenceStatus.WrongType, wrong.MediaType, 0, maxBytes),
        _ => new(EvidenceStatus.Unavailable, string.Empty, 0, maxBytes),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence refused ({Status}): {Download}")]
    private partial void LogRefused(EvidenceStatus status, MediaDownload download);
}
