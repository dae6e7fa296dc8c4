using System.Data.Common;

namespace ManaMitra.Persistence.Contracts;

/// <summary>
/// The database could not carry out a grain's read or write: down, out of connections, or too busy to take more. It
/// crosses grain calls in place of the driver's own exception, which Orleans has no codec for (a
/// <c>PostgresException</c> thrown to the frontend arrived as <c>CodecNotFoundException</c>). The frontend answers it
/// with a 503, Meta retries, and the grain's dedupe makes the retry safe.
/// </summary>
[GenerateSerializer]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    // Never given the driver's exception as the inner one: it would have to cross too, and cannot.
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What crosses instead of <paramref name="error"/>: its message and SQLSTATE, in words.</summary>
    public static StorageUnavailableException From(DbException error) =>
        new(error.SqlState is { } state ? $"database error {state}: {error.Message}" : $"database error: {error.Message}");
}
