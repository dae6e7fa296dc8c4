namespace ManaMitra.Testing;

/// <summary>How a <see cref="HostProcess"/> is run: its command line and environment, where its output goes, how it stops.</summary>
public sealed record HostProcessOptions
{
    /// <summary>What follows the assembly on the command line, e.g. <c>migrate</c>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The contract's settings, as environment variables, given on top of the caller's own environment.</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment { get; init; } = [];

    /// <summary>Where it runs; null for the assembly's own folder, which holds its runtimeconfig, deps and catalog.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// A file for its output, written as it comes. Null keeps the output in memory for <see cref="HostProcess.Output"/>,
    /// which suits a test's short-lived process but not a load run's, whose output would pile up for minutes.
    /// </summary>
    public string? LogPath { get; init; }

    /// <summary>
    /// How long disposing waits after SIGTERM for the process to stop as it does in production (a silo leaving its
    /// cluster cleanly) before killing it. Zero, the default, kills at once: a test has no use for a graceful stop
    /// at its end and would only wait for it.
    /// </summary>
    public TimeSpan StopGrace { get; init; }
}
