using ManaMitra.Grains.Delivery;
using ManaMitra.Grains.Documents;
using ManaMitra.Grains.Payments;
using ManaMitra.Grains.Sms;
using ManaMitra.Interfaces;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// A real in-process Orleans cluster hosting the real grains with the shipped catalog and the sandbox channel, so
/// conversation tests go through the same grain path as production.
/// </summary>
public class ChatCluster : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private InProcessTestCluster? _cluster;

    public ChatCluster()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">More configuration for the silo, such as another catalog folder.</param>
    protected ChatCluster(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(30);

    public const string PublicBaseUrl = "https://mitra.test";

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>References by key as the frontend makes them, through the cluster's client.</summary>
    public GrainsByKey<TGrain> ByKey<TGrain>() where TGrain : IGrainWithStringKey =>
        ActivatorUtilities.CreateInstance<GrainsByKey<TGrain>>(Cluster.Client.ServiceProvider);

    public SandboxChannel Sandbox => (SandboxChannel)Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<IWhatsAppSender>();

    /// <summary>The in-process payment gateway the silo's payment grains open orders at.</summary>
    public SandboxGateway Gateway => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<SandboxGateway>();

    /// <summary>The in-process SMS gateway one-time codes go to, as a resident's phone would receive them.</summary>
    public SandboxSmsInbox Sms => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<SandboxSmsInbox>();

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("cluster not started");

    public async Task InitializeAsync() =>
        _cluster = await GrainsTestCluster.StartAsync(1, new Dictionary<string, string?>(_settings)
        {
            ["ManaMitra:Chat:SessionTimeout"] = SessionTimeout.ToString(),
            ["ManaMitra:PublicBaseUrl"] = PublicBaseUrl,
            // The collection's tests share the sandbox's Aadhaar (a whole catalog's OTP services, resends) within one
            // window; the limit per Aadhaar is tested on a series of its own, against this figure.
            ["ManaMitra:Otp:SendLimitPerAadhaar"] = "100",
        });

    public virtual async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    // Numbers are handed out in sequence: two tests drawing the same random number would share a grain, and the second
    // one's messages would be dropped as duplicates of the first's.
    private static long _lastNumber = 10_000_000;

    public Citizen Citizen(string? id = null) => new(this, id ?? $"9199{Interlocked.Increment(ref _lastNumber)}");
}

[CollectionDefinition(Name)]
public sealed class ChatClusterCollection : ICollectionFixture<ChatCluster>
{
    public const string Name = "chat cluster";
}
