namespace ManaMitra.Testing;

/// <summary>How a <see cref="ThrowawayPostgres"/> server is configured.</summary>
public sealed record ThrowawayPostgresOptions
{
    /// <summary>
    /// Flushes to disk at PostgreSQL's defaults (fsync and synchronous commit on), so figures measured on it are those
    /// of durable storage. Off, the default, nothing is flushed: tests need a database, not its durability, and
    /// finish sooner without.
    /// </summary>
    public bool Durable { get; init; }

    public int MaxConnections { get; init; } = 200;

    /// <summary>The server's <c>shared_buffers</c>, e.g. <c>256MB</c>; null for PostgreSQL's default.</summary>
    public string? SharedBuffers { get; init; }

    /// <summary>Where the server's log is copied when it stops; null lets it go with the rest of its folder.</summary>
    public string? LogPath { get; init; }
}
