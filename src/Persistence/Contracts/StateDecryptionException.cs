namespace ManaMitra.Persistence.Contracts;

/// <summary>
/// A stored grain state could not be decrypted: its key is not configured, or its bytes were altered or copied from
/// another row. The grain's activation fails with it rather than starting from an empty state, which would overwrite
/// the citizen's conversation at the next write. It derives from <see cref="OrleansException"/> so Orleans passes it
/// to the caller as itself instead of wrapping it, and it is serializable, so it crosses grain calls and reaches the
/// frontend (which answers 503: Meta retries, and a restored key or row is then read).
/// </summary>
[GenerateSerializer]
public sealed class StateDecryptionException : OrleansException
{
    public StateDecryptionException()
    {
    }

    public StateDecryptionException(string message)
        : base(message)
    {
    }

    public StateDecryptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
