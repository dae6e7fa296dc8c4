using ManaMitra.Persistence.Encryption;
using ManaMitra.Persistence.GroupCommit;
using ManaMitra.Persistence.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace ManaMitra.Persistence;

/// <summary>Wires Orleans' ADO.NET providers to the project's PostgreSQL schema.</summary>
public static class PostgresHostingExtensions
{
    /// <summary>ADO.NET invariant name Orleans uses to find the Npgsql provider factory.</summary>
    public const string Invariant = "Npgsql";

    // Providers behind the citizens storage name. The ADO.NET provider's name is not part of its rows' keys, so rows
    // written when it was registered as "citizens" itself are still found.
    private const string ConversationStorage = "citizens-conversations";
    private const string OtherCitizenStorage = "citizens-other";

    /// <summary>
    /// Clustering, grain storage (<see cref="StorageNames.Citizens"/>: conversations on the group-commit provider,
    /// the rest and the default provider on ADO.NET) and reminders, all on the PostgreSQL database behind <paramref name="connectionString"/>.
    /// The schema must already be migrated (<see cref="SchemaMigrator"/>). <paramref name="groupCommitStates"/> names the
    /// states written on every message (the conversation's), which the host knows and persistence does not. Those
    /// are stored encrypted under <paramref name="keys"/> (<see cref="StateCipher"/>).
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
        // the citizens' other states are written rarely and keep Orleans' ADO.NET rows.
        builder.Services.AddGroupCommitGrainStorage(ConversationStorage, normalised);
        builder.AddAdoNetGrainStorage(OtherCitizenStorage, o => ConfigureStorage(o, normalised));
        builder.Services.AddGrainStorage(StorageNames.Citizens, (sp, _) => new StateRoutingGrainStorage(
            groupCommitStates,
            sp.GetRequiredKeyedService<IGrainStorage>(ConversationStorage),
            sp.GetRequiredKeyedService<IGrainStorage>(OtherCitizenStorage)));
        builder.AddAdoNetGrainStorageAsDefault(o => ConfigureStorage(o, normalised));
        // The ledger (docs/LEDGER.md), on connections of its own, drained after the grains have finished their actions.
        builder.Services.AddSingleton(_ => new PostgresLedgerStore(normalised));
        builder.Services.AddSingleton<ILedgerStore>(sp => sp.GetRequiredService<PostgresLedgerStore>());
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PostgresLedgerStore>());
        // Found by the silos' sweeps when their grain's activation was lost (see IPendingWork).
        builder.Services.AddSingleton(sp => new PendingStates(normalised, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
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

    private static void ConfigureStorage(OptionsBuilder<AdoNetGrainStorageOptions> options, string connectionString) =>
        options.Configure<Serializer>((o, serializer) =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
            // Orleans' own binary serializer instead of the provider's default (Newtonsoft JSON
            // with embedded .NET type names): state types already carry [GenerateSerializer]/[Id]
            // for grain calls, so one version-tolerant contract covers wire and storage; renaming
            // a class does not orphan stored state; and no type names are read back from the
            // database, which closes the TypeNameHandling deserialisation hole. The cost is that
            // payloads are not human-readable in SQL; 10.x stores bytea either way.
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        });

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
