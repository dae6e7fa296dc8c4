using ManaMitra.Persistence.Access;
using ManaMitra.Persistence.Encryption;
using ManaMitra.Persistence.GroupCommit;
using ManaMitra.Persistence.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ManaMitra.Persistence;

/// <summary>Wires Orleans' ADO.NET providers to the project's PostgreSQL schema.</summary>
public static class PostgresHostingExtensions
{
    /// <summary>ADO.NET invariant name Orleans uses to find the Npgsql provider factory.</summary>
    public const string Invariant = "Npgsql";

    // Providers behind the citizens storage name and the default one. The ADO.NET provider's name is not part of its
    // rows' keys, so rows written when it was registered as "citizens" itself (or as the default) are still found.
    private const string ConversationStorage = "citizens-conversations";
    private const string OtherCitizenStorage = "citizens-other";
    private const string DefaultStorageRows = "default-rows";

    /// <summary>
    /// Clustering, grain storage (<see cref="StorageNames.Citizens"/>: conversations on the group-commit provider,
    /// the rest and the default provider on ADO.NET) and reminders, all on the PostgreSQL database behind <paramref name="connectionString"/>.
    /// The schema must already be migrated (<see cref="SchemaMigrator"/>). <paramref name="groupCommitStates"/> names the
    /// states written on every message (the conversation's), which the host knows and persistence does not. Every
    /// state is stored encrypted under <paramref name="keys"/> (<see cref="StateCipher"/>).
    /// </summary>
    public static ISiloBuilder UseManaMitraPostgres(this ISiloBuilder builder, string connectionString, IReadOnlySet<string> groupCommitStates, StateKeys keys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(keys);
        var normalised = Normalise(connectionString, ConnectionBudget.SiloShared);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<StateCipher>();

        builder.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = normalised;
        });
        builder.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = normalised;
        });
        // Conversations are written on every message, so they take the group-commit storage (docs/PRODUCTION.md);
        // the citizens' other states are written rarely and keep Orleans' ADO.NET rows, encrypted on their way there.
        builder.Services.AddGroupCommitGrainStorage(ConversationStorage, normalised);
        builder.AddAdoNetGrainStorage(OtherCitizenStorage, o => ConfigureStoredBytes(o, normalised));
        builder.Services.AddGrainStorage(StorageNames.Citizens, (sp, _) => new StateRoutingGrainStorage(
            groupCommitStates,
            sp.GetRequiredKeyedService<IGrainStorage>(ConversationStorage),
            Encrypted(sp, OtherCitizenStorage)));
        // No grain of ours names the default provider; one that someone adds without a storage name is encrypted too.
        builder.AddAdoNetGrainStorage(DefaultStorageRows, o => ConfigureStoredBytes(o, normalised));
        builder.Services.AddGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => Encrypted(sp, DefaultStorageRows));
        // The ledger (docs/LEDGER.md), on connections of its own, drained after the grains have finished their actions.
        builder.Services.AddSingleton(_ => new PostgresLedgerStore(normalised));
        builder.Services.AddSingleton<ILedgerStore>(sp => sp.GetRequiredService<PostgresLedgerStore>());
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PostgresLedgerStore>());
        // The access log (docs/BREACH.md), on the shared pool, likewise drained after the grains.
        builder.Services.AddSingleton(_ => new PostgresAccessLogStore(normalised));
        builder.Services.AddSingleton<IAccessLogStore>(sp => sp.GetRequiredService<PostgresAccessLogStore>());
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PostgresAccessLogStore>());
        // Found by the silos' sweeps when their grain's activation was lost (see IPendingWork).
        builder.Services.AddSingleton(sp => new GrainStateScans(normalised, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        // A database error leaving a grain call would reach the caller as CodecNotFoundException: map it on the way out.
        builder.AddIncomingGrainCallFilter<StorageErrorCallFilter>();
        return builder;
    }

    /// <summary>Lets a client (the webhook frontend) find the cluster's gateways in the membership table.</summary>
    public static IClientBuilder UseManaMitraPostgres(this IClientBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var normalised = Normalise(connectionString, ConnectionBudget.Client);
        return builder.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = normalised;
        });
    }

    // The provider stores the bytes EncryptedGrainStorage gives it, untouched.
    private static void ConfigureStoredBytes(OptionsBuilder<AdoNetGrainStorageOptions> options, string connectionString) =>
        options.Configure(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
            o.GrainStorageSerializer = StoredBytes.Serializer;
        });

    private static EncryptedGrainStorage Encrypted(IServiceProvider services, string rows) => new(
        services.GetRequiredKeyedService<IGrainStorage>(rows),
        // Orleans' own binary serializer instead of the provider's default (Newtonsoft JSON with embedded .NET type
        // names): state types already carry [GenerateSerializer]/[Id] for grain calls, so one version-tolerant contract
        // covers wire and storage; renaming a class does not orphan stored state; and no type names are read back from
        // the database, which closes the TypeNameHandling deserialisation hole. Payloads written before encryption
        // are in this form, and still read.
        new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
        services.GetRequiredService<StateCipher>(),
        services.GetRequiredService<IActivatorProvider>(),
        services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId);

    // Orleans sometimes passes DateTimes whose Kind is not UTC; PostgreSQL converts those with the
    // session time zone. Pinning the session to UTC keeps membership and reminder times exact
    // whatever time zone the server was installed with (in India typically Asia/Kolkata).
    private static string Normalise(string connectionString, int maxPoolSize)
    {
        var builder = ConnectionBudget.Limit(connectionString, maxPoolSize);
        builder.Timezone = "UTC";
        return builder.ConnectionString;
    }
}
