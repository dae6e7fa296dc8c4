using ManaMitra.Catalog;
using ManaMitra.Catalog.Templates;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Search;
using ManaMitra.Departments;
using ManaMitra.Departments.Jurisdictions;
using ManaMitra.Documents;
using ManaMitra.Grains.Access;
using ManaMitra.Grains.Citizens;
using ManaMitra.Grains.Citizens.Effects;
using ManaMitra.Grains.Dashboard;
using ManaMitra.Grains.Delivery;
using ManaMitra.Grains.Departments;
using ManaMitra.Grains.Documents;
using ManaMitra.Grains.Grievances;
using ManaMitra.Grains.Ledger;
using ManaMitra.Grains.Payments;
using ManaMitra.Grains.Retention;
using ManaMitra.Grains.Sms;
using ManaMitra.Interfaces;
using ManaMitra.Languages;
using ManaMitra.Observability;
using ManaMitra.Persistence;
using ManaMitra.Persistence.Access;
using ManaMitra.Persistence.Encryption;
using ManaMitra.Persistence.Ledger;
using ManaMitra.WhatsApp.CloudApi;
using ManaMitra.WhatsApp.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;
using Polly;

namespace ManaMitra.Hosting;

/// <summary>
/// Everything a silo needs to host ManaMitra's grains. Both the Silo host and the frontend's embedded silo call
/// this, so the two can never drift apart.
/// </summary>
public static class SiloBuilderExtensions
{
    public static ISiloBuilder AddManaMitra(this ISiloBuilder silo, IConfiguration configuration, IHostEnvironment environment)
    {
        var cluster = ClusterSettings.From(configuration);
        if (cluster.IsEmbedded)
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            // The binary serializer production stores state with, not the memory provider's default of Newtonsoft
            // JSON: the same contract in both modes, and JSON was a seventh of an in-memory frontend's CPU per message.
            silo.AddMemoryGrainStorage(StorageNames.Citizens, o => o.Configure<Serializer>(
                (options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
            // Payments and grievances keep reminders; in one process, memory is where they can live.
            silo.UseInMemoryReminderService();
            // One silo holds every grain, so a cache of where grains live only repeats the catalog (about 20 MB at its
            // size limit, measured: BENCHMARKS.md, memory per resident conversation).
            silo.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
        }
        else
        {
            silo.UseManaMitraPostgres(
                cluster.ConnectionString!,
                new HashSet<string>(StringComparer.Ordinal) { CitizenChatGrain.StateName },
                // Read here, while the host is built, so a missing or malformed key stops start-up with its setting's name.
                StateKeys.FromConfiguration(configuration, environment.IsDevelopment()));
            // Replies stored but left unsent by a silo that died leave from another (in memory nothing survives one).
            silo.Services.AddHostedService<OutboxSweeper>();
            // Conversations past their retention are erased (in memory none outlives its silo).
            silo.Services.AddHostedService<RetentionSweeper>();
            // And applications, grievances, payments and one-time-code counts past theirs.
            RecordRetentionSweeper.AddTo(silo.Services);
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
            silo.ConfigureEndpoints(cluster.AdvertisedAddress, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: cluster.ListensOnAnyAddress);
        }

        // Grain calls carry the caller's trace, so a webhook's trace continues into the citizen's grain and its sends.
        silo.AddActivityPropagation();
        // The Orleans Dashboard's data for SREs; its pages are mapped (behind the officials' key) by the web host.
        if (OrleansDashboardEndpoints.IsEnabled(configuration))
        {
            silo.AddDashboard();
        }

        return silo.AddManaMitraGrains(configuration, environment.IsDevelopment());
    }

    /// <summary>
    /// The grains' services and the service-event stream, whatever the clustering and storage: test clusters call this
    /// after choosing their own.
    /// </summary>
    public static ISiloBuilder AddManaMitraGrains(this ISiloBuilder silo, IConfiguration configuration, bool isDevelopment)
    {
        silo.AddManaMitraServiceEvents();
        silo.Services.AddManaMitraGrainServices(configuration, isDevelopment);
        return silo;
    }

    /// <summary>
    /// The consent notice, one per process: its version is a digest of every language's notice, computed once. The
    /// conversations ask with it; a frontend names its version in <c>/api/catalog</c>.
    /// </summary>
    public static IServiceCollection AddConsentNotice(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new ConsentNotice(sp.GetRequiredService<ServiceCatalog>().Texts, sp.GetRequiredService<IOptions<ChatOptions>>().Value));
        return services;
    }

    /// <summary>
    /// The services grains depend on: catalog, conversation, forms, department services, outbound channel and options.
    /// Development may run without secrets that production must be given (the Aadhaar hash key).
    /// </summary>
    public static IServiceCollection AddManaMitraGrainServices(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        // Loaded here, while the host is being built, so a bad catalog stops start-up with the file, entry and field.
        var catalog = LoadCatalog(configuration);
        services.TryAddSingleton(catalog);
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceCatalog>().Texts);
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceCatalog>().Search);
        services.TryAddSingleton(LoadTemplates(configuration, catalog));
        // Beside the catalog and refused the same way: a bad boundary would send grievances to the wrong office.
        services.TryAddSingleton(LoadJurisdictions(configuration));
        services.Configure<JurisdictionOptions>(configuration.GetSection(JurisdictionOptions.Section));
        services.TryAddSingleton(sp => new JurisdictionRouter(sp.GetRequiredService<OfficeTree>(), sp.GetRequiredService<IOptions<JurisdictionOptions>>().Value));
        services.TryAddSingleton<TemplateChoice>();
        services.TryAddSingleton<CatalogSearch>();
        services.AddConsentNotice();
        services.TryAddSingleton<Conversation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddManaMitraDashboardReporting(configuration);
        services.Configure<ChatOptions>(configuration.GetSection(ChatOptions.Section));
        services.Configure<WhatsAppOptions>(configuration.GetSection(WhatsAppOptions.Section));
        services.Configure<OutboundOptions>(configuration.GetSection(OutboundOptions.Section));
        services.Configure<PaymentsOptions>(configuration.GetSection(PaymentsOptions.Section));
        services.Configure<GrievancesOptions>(configuration.GetSection(GrievancesOptions.Section));
        // The payment and grievance reminders' periods are ours to choose; Orleans refuses periods under its floor, so
        // lower the floor to the shortest when configured shorter (tests, drills), and leave it alone otherwise.
        services.AddOptions<ReminderOptions>().Configure<IOptions<PaymentsOptions>, IOptions<GrievancesOptions>>((reminders, payments, grievances) =>
        {
            TimeSpan[] periods = [payments.Value.ReconcileAfter, GrievancesOptions.Tick(grievances.Value.DayLength)];
            var shortest = periods.Min();
            if (shortest < reminders.MinimumReminderPeriod)
            {
                reminders.MinimumReminderPeriod = shortest;
            }
        });
        services.TryAddSingleton<SendRateGate>();
        services.TryAddSingleton<OutboundDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundDispatcher>());
        services.TryAddSingleton(typeof(GrainsByKey<>));
        services.TryAddSingleton<OutboxDeliveryFactory>();

        var whatsApp = configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (whatsApp.IsSandbox)
        {
            services.TryAddSingleton<SandboxChannel>();
            services.TryAddSingleton<IWhatsAppSender>(sp => sp.GetRequiredService<SandboxChannel>());
            services.TryAddSingleton<SandboxMedia>();
            services.TryAddSingleton<IWhatsAppMedia>(sp => sp.GetRequiredService<SandboxMedia>());
        }
        else
        {
            var outbound = configuration.GetSection(OutboundOptions.Section).Get<OutboundOptions>() ?? new OutboundOptions();
            services.AddHttpClient<IWhatsAppSender, CloudApiSender>()
                // No per-request log handlers: every send is already timed by the dispatcher's metrics and every
                // failure logged by the outbox; the two handlers only added a log scope and a timer to each send.
                .RemoveAllLoggers()
                .AddResilienceHandler("cloud-api", pipeline => pipeline
                    // The breaker sits outside the attempt timeout so hung requests count as failures; retries are
                    // the outbox's job (with backoff, without holding a grain), so the pipeline has none.
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions { BreakDuration = outbound.CircuitBreakDuration })
                    .AddTimeout(outbound.AttemptTimeout));
            // Downloads are rare and their caller sets its own patience; a file is bigger than a send's answer.
            services.AddHttpClient<IWhatsAppMedia, CloudApiMedia>();
        }

        services.AddManaMitraForms(configuration, isDevelopment);
        services.Configure<OtpOptions>(configuration.GetSection(OtpOptions.Section));
        services.AddManaMitraSms(configuration, whatsApp.IsSandbox, isDevelopment);
        services.AddManaMitraDocuments(configuration);
        // The configuration given here, not the host's: a test cluster's silo host has a configuration of its own.
        services.TryAddSingleton(sp => new PublicBaseUrl(configuration, sp, ClusterSettings.From(configuration).IsEmbedded));
        services.TryAddSingleton<DocumentDelivery>();
        // The ledger of issued documents and officials' actions (docs/LEDGER.md): in memory unless the host chose
        // PostgreSQL first (UseManaMitraPostgres), as with grain storage.
        services.Configure<LedgerOptions>(configuration.GetSection(LedgerOptions.Section));
        services.TryAddSingleton<ILedgerStore>(sp => new MemoryLedgerStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<LedgerCheckpoints>();
        services.AddHostedService(sp => sp.GetRequiredService<LedgerCheckpoints>());
        services.TryAddSingleton<LedgerWriter>();
        // Retention figures (docs/PRIVACY.md#retention) read here, while the host is built: an access log kept under
        // the law's year, or a record kept for no time at all, stops start-up with the setting's name.
        _ = (configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions()).Validated();
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        // The access log (docs/BREACH.md), the same way as the ledger: in memory unless the host chose PostgreSQL first.
        services.TryAddSingleton<IAccessLogStore, MemoryAccessLogStore>();
        services.TryAddSingleton<AccessLogSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<AccessLogSweeper>());
        // The in-process sandbox gateway unless a deployment registered a real gateway's adapter first.
        services.TryAddSingleton<GatewaySecret>();
        services.TryAddSingleton<SandboxGateway>();
        services.TryAddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<SandboxGateway>());
        services.TryAddSingleton<PaymentReporting>();
        EffectHandlers.AddTo(services);
        services.AddManaMitraDepartments();
        return services;
    }

    /// <summary>The catalog (departments and languages) from <c>ManaMitra:CatalogDirectory</c>, or the one shipped beside the binaries.</summary>
    public static ServiceCatalog LoadCatalog(IConfiguration configuration) => CatalogLoader.Load(CatalogDirectory(configuration));

    /// <summary>The templates beside that catalog, in each of its languages, with those the chat sends.</summary>
    public static TemplateRegistry LoadTemplates(IConfiguration configuration, ServiceCatalog catalog) =>
        TemplateLoader.Load(CatalogDirectory(configuration), catalog.Texts.Languages, TemplateChoice.Needs);

    /// <summary>The offices grievances are routed to, from <c>jurisdictions.json</c> in that catalog folder.</summary>
    public static OfficeTree LoadJurisdictions(IConfiguration configuration) => JurisdictionLoader.Load(CatalogDirectory(configuration));

    private static string CatalogDirectory(IConfiguration configuration) =>
        configuration[CatalogLoader.DirectorySetting] is { Length: > 0 } dir ? dir : CatalogLoader.DefaultDirectory;
}
