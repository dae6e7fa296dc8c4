using System.Net;
using ManaMitra.LoadTests.Cli;

namespace ManaMitra.Tests.LoadTests;

/// <summary>The command line's choice of system: local in memory or on PostgreSQL, or an existing deployment.</summary>
public sealed class RunOptionsTests
{
    [Fact]
    public void Postgres_storage_is_a_local_choice_with_a_silo_count()
    {
        var postgres = RunOptions.Parse(["--scenario", "smoke", "--storage", "postgres", "--silos", "3"]);

        Assert.True(postgres.Postgres);
        Assert.Equal(3, postgres.Silos);
        Assert.False(RunOptions.Parse(["--scenario", "smoke"]).Postgres);
        Assert.Throws<ArgumentException>(() => RunOptions.Parse(["--scenario", "smoke", "--storage", "mysql"]));
        Assert.Throws<ArgumentException>(() => RunOptions.Parse(
            ["--scenario", "smoke", "--storage", "postgres", "--target-url", "http://x", "--app-secret", "s", "--sink-port", "9090"]));
    }

    [Fact]
    public void An_existing_deployment_may_have_the_sink_listen_beyond_loopback_and_a_local_run_may_not()
    {
        string[] deployment = ["--scenario", "smoke", "--target-url", "http://frontend:8080", "--app-secret", "s", "--sink-port", "9090"];

        Assert.Equal(IPAddress.Loopback, RunOptions.Parse(deployment).SinkAddress);
        Assert.Equal(IPAddress.Any, RunOptions.Parse([.. deployment, "--sink-address", "0.0.0.0"]).SinkAddress);
        Assert.Throws<ArgumentException>(() => RunOptions.Parse([.. deployment, "--sink-address", "frontend"]));
        Assert.Throws<ArgumentException>(() => RunOptions.Parse(["--scenario", "smoke", "--sink-address", "0.0.0.0"]));
    }
}
