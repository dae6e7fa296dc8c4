using ManaMitra.Persistence.Encryption;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ManaMitra.Persistence.GroupCommit;

public static class GroupCommitHostingExtensions
{
    /// <summary>
    /// Registers <see cref="GroupCommitGrainStorage"/> as the grain storage named <paramref name="name"/>, on the
    /// <c>grain_state</c> table of an already migrated database, encrypting with the registered <see cref="StateCipher"/>.
    /// Options bind by name:
    /// <c>services.Configure&lt;GroupCommitOptions&gt;(name, ...)</c>.
    /// </summary>
    public static IServiceCollection AddGroupCommitGrainStorage(this IServiceCollection services, string name, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddGrainStorage(name, (sp, key) => new GroupCommitGrainStorage(
            key,
            connectionString,
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            // The serializer the ADO.NET providers are configured with (see PostgresHostingExtensions): state stays
            // readable whichever of the two wrote it, and no type names are read back from the database.
            new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()),
            sp.GetRequiredService<StateCipher>(),
            sp.GetRequiredService<IActivatorProvider>(),
            sp.GetRequiredService<IOptionsMonitor<GroupCommitOptions>>().Get(key)));
    }
}
