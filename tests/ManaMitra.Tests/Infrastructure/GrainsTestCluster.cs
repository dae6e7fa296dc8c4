using ManaMitra.Hosting;
using ManaMitra.Persistence;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// An in-process cluster of silos hosting the real grains and their services as the embedded default does (memory
/// storage and reminders, sandbox channel), with the test secrets and whatever settings a test adds.
/// </summary>
public static class GrainsTestCluster
{
    public static async Task<InProcessTestCluster> StartAsync(short silos, IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(TestSecrets.Settings().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)))
            .AddInMemoryCollection(settings)
            .Build();
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Citizens);
            silo.UseInMemoryReminderService();
            silo.AddManaMitraGrains(configuration, isDevelopment: false);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
