using System.Diagnostics;
using System.Globalization;
using ManaMitra.Interfaces.Chat;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.Persistence;
using ManaMitra.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// The ceiling of one Orleans grain call on this machine, to set our messages per second against: a call that does
/// no work (a citizen-alias grain answering the key it already holds), made by 64 callers over 1,000 grains, first
/// from a client through the silo's gateway on loopback — the hop every webhook takes from the frontend — then from
/// inside the silo. Silo and client share this one process.
/// <c>dotnet run -c Release --project loadtests -- --benchmark grain-calls [--duration SECONDS]</c>
/// </summary>
public static class GrainCallBenchmark
{
    private const int Callers = 64;
    private const int Grains = 1_000;

    public static async Task<int> RunAsync(TimeSpan duration)
    {
        var gatewayPort = FreePort.Next();
        using var silo = Silo(FreePort.Next(), gatewayPort);
        await silo.StartAsync();
        using var client = Client(gatewayPort);
        await client.StartAsync();
        try
        {
            var ids = Enumerable.Range(0, Grains).Select(n => $"IN.{n:D16}").ToArray();
            var viaGateway = client.Services.GetRequiredService<IGrainFactory>();
            // Fix every alias once, so each measured call only reads what the grain holds.
            await Task.WhenAll(ids.Select(id => viaGateway.GetGrain<ICitizenAliasGrain>(id).Resolve(null)));

            Report("client → gateway → grain", await MeasureAsync(viaGateway, ids, duration));
            Report("inside the silo", await MeasureAsync(silo.Services.GetRequiredService<IGrainFactory>(), ids, duration));
        }
        finally
        {
            await client.StopAsync();
            await silo.StopAsync();
        }

        return 0;
    }

    private static async Task<(long Calls, TimeSpan Elapsed, TimeSpan Cpu)> MeasureAsync(IGrainFactory grains, string[] ids, TimeSpan duration)
    {
        long calls = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var n = caller; clock.Elapsed < duration; n += Callers)
            {
                await grains.GetGrain<ICitizenAliasGrain>(ids[n % ids.Length]).Resolve(null);
                Interlocked.Increment(ref calls);
            }
        })));
        var elapsed = clock.Elapsed;
        return (calls, elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    private static void Report(string path, (long Calls, TimeSpan Elapsed, TimeSpan Cpu) run) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"no-op grain calls, {path}: {run.Calls / run.Elapsed.TotalSeconds:0}/s over {run.Elapsed.TotalSeconds:0.0} s, " +
            $"{run.Cpu.TotalMicroseconds / run.Calls:0.0} CPU-µs each, {Callers} callers, load average {LoadAverage.Now()}"));

    private static IHost Silo(int siloPort, int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort);
            silo.AddMemoryGrainStorage(StorageNames.Citizens);
        });
        return builder.Build();
    }

    private static IHost Client(int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort));
        return builder.Build();
    }
}
