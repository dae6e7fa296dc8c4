using System.Diagnostics;
using System.Globalization;
using ManaMitra.Grains.Citizens;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.Persistence;
using ManaMitra.Persistence.GroupCommit;
using ManaMitra.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// Grain states written per second to PostgreSQL by Orleans' stock ADO.NET storage and by the group-commit storage,
/// with 16, 64 and 256 grains writing at once, each waiting for its write before the next as a grain does.
/// Runs an in-process silo only to host the two providers; the database must be one you can throw away.
/// <c>dotnet run -c Release --project loadtests -- --benchmark storage --connection "Host=...;Database=..." [--duration SECONDS]</c>
/// </summary>
public static class StorageBenchmark
{
    private const string AdoNet = "adonet";
    private const string GroupCommit = "group-commit";
    private static readonly int[] Concurrency = [16, 64, 256];

    public static async Task<int> RunAsync(string connectionString, TimeSpan duration)
    {
        await SchemaMigrator.MigrateAsync(connectionString, CancellationToken.None);
        using var host = Silo(connectionString);
        await host.StartAsync();
        try
        {
            var state = TypicalChat();
            foreach (var provider in new[] { AdoNet, GroupCommit })
            {
                var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(provider);
                foreach (var grains in Concurrency)
                {
                    var (writes, elapsed, cpu) = await MeasureAsync(storage, grains, state, duration);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{provider,-12} {grains,3} grains: {writes / elapsed.TotalSeconds,7:0} states/s over {elapsed.TotalSeconds:0.0} s, " +
                        $"{cpu.TotalMicroseconds / writes:0} CPU-µs each in this process, load average {LoadAverage.Now()}"));
                }
            }
        }
        finally
        {
            await host.StopAsync();
        }

        return 0;
    }

    private static async Task<(long Writes, TimeSpan Elapsed, TimeSpan Cpu)> MeasureAsync(
        IGrainStorage storage, int grains, CitizenChatState state, TimeSpan duration)
    {
        // Fresh grain ids per run, so every run starts with an insert and then updates, as new citizens do.
        var run = Guid.NewGuid().ToString("N")[..8];
        long writes = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, grains).Select(n => Task.Run(async () =>
        {
            var grain = GrainId.Create("citizenchat", $"{run}-{n}");
            var grainState = new GrainState<CitizenChatState>(state);
            while (clock.Elapsed < duration)
            {
                await storage.WriteStateAsync(CitizenChatGrain.StateName, grain, grainState);
                Interlocked.Increment(ref writes);
            }
        })));
        var elapsed = clock.Elapsed;
        return (writes, elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    private static IHost Silo(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next());
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("storage-benchmark", "storage-benchmark"));
            silo.AddAdoNetGrainStorage(AdoNet, o => o.Configure<Serializer>((options, serializer) =>
            {
                options.Invariant = PostgresHostingExtensions.Invariant;
                options.ConnectionString = connectionString;
                options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
            silo.Services.AddGroupCommitGrainStorage(GroupCommit, connectionString);
        });
        return builder.Build();
    }

    // A conversation a few messages in: what a citizen's state holds on a typical write.
    private static CitizenChatState TypicalChat()
    {
        var state = new CitizenChatState();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 8; i++)
        {
            state.Seen.Remember($"wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhggQ0U{i:D4}", now.AddSeconds(i), 64, TimeSpan.FromDays(1));
        }

        return state;
    }
}
