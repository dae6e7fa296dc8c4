namespace ManaMitra.WhatsApp.Media;

/// <summary>Fetches a file a citizen sent (a photo, a voice note, a document) by the media id its message carried.</summary>
public interface IWhatsAppMedia
{
    /// <summary>
    /// The file, or why not. Type and size are checked on what Meta says of the file before a byte is downloaded, and
    /// the size again while downloading: a file over the limit is never held whole.
    /// </summary>
    Task<MediaDownload> DownloadAsync(string mediaId, MediaLimits limits, CancellationToken cancellationToken);
}

/// <param name="MaxBytes">The largest file taken.</param>
/// <param name="MediaTypes">The MIME types taken (<c>image/jpeg</c>…), compared without parameters, ignoring case.</param>
public sealed record MediaLimits(long MaxBytes, IReadOnlyCollection<string> MediaTypes)
{
    public bool Allows(string mediaType) =>
        MediaTypes.Contains(mediaType.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase);
}

/// <summary>What became of a download.</summary>
public abstract record MediaDownload
{
    private MediaDownload()
    {
    }

    public sealed record Fetched(byte[] Content, string MediaType) : MediaDownload;

    /// <summary>No such media: never was, or Meta no longer keeps it (media ids live 30 days). Sending it again helps.</summary>
    public sealed record Missing(string Reason) : MediaDownload;

    public sealed record TooLarge(long Bytes) : MediaDownload;

    public sealed record WrongType(string MediaType) : MediaDownload;

    /// <summary>Meta or the network failed this time (5xx, a timeout, a corrupted transfer): a later try may work.</summary>
    public sealed record Unavailable(string Reason) : MediaDownload;
}
