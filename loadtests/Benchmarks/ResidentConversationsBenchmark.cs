using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Security.Cryptography;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Citizens;
using ManaMitra.Grains.Delivery;
using ManaMitra.Grains.Documents;
using ManaMitra.Hosting;
using ManaMitra.Interfaces.Chat;
using ManaMitra.LoadTests.Hosting;
using ManaMitra.Persistence;
using ManaMitra.Testing;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// Memory per resident conversation: one in-process silo configured as the embedded frontend's (the same
/// <c>AddManaMitra</c>, memory storage, in-memory reminders), N distinct citizens each greeting and choosing English
/// through <see cref="ICitizenChatGrain.Receive"/>, then the heap and working set after a full compacting collection:
/// once when every reply has been sent, and again once every conversation has settled (idle, as most resident ones
/// are). With <c>--postgres</c> the silo is a production one instead: its states on a throwaway PostgreSQL (encrypted,
/// group-committed), where embedded mode keeps a serialized copy of every state in memory besides the grain's own.
/// <c>dotnet run -c Release --project loadtests -- --benchmark resident-conversations [--count N] [--postgres]</c>
/// </summary>
public static class ResidentConversationsBenchmark
{
    public const int DefaultCount = 1_000_000;

    // Citizens conversing before the baseline, so JIT, first activations and the pools they fill are not charged to N.
    private const int WarmUp = 1_000;

    private const int InFlight = 256;

    // The 4 GiB a silo should hold a million conversations in (issue #8).
    private const long Budget = 4L << 30;

    /// <summary>The <c>--count N</c> (or the default) and <c>--postgres</c> after the benchmark's name, in either order.</summary>
    /// <exception cref="ArgumentException">Anything else, or a count that is not a positive whole number.</exception>
    public static (int Count, bool Postgres) ParseOptions(IReadOnlyList<string> rest) => rest switch
    {
        [] => (DefaultCount, false),
        ["--postgres"] => (DefaultCount, true),
        ["--count", var text] => (Count(text, rest), false),
        ["--count", var text, "--postgres"] => (Count(text, rest), true),
        ["--postgres", "--count", var text] => (Count(text, rest), true),
        _ => throw Refused(rest),
    };

    public static async Task<int> RunAsync(string root, int count, bool postgres)
    {
        var reports = Path.Combine(root, "loadtests", "reports", "latest");
        Directory.CreateDirectory(reports);
        await using var database = postgres ? await ThrowawayPostgres.StartAsync(DurablePostgres.Options(reports)) : null;
        var connectionString = database is null ? null : await database.CreateDatabaseAsync(DurablePostgres.Database);
        if (connectionString is not null)
        {
            await SchemaMigrator.MigrateAsync(connectionString, CancellationToken.None);
        }

        var sender = new DiscardingSender();
        using var settled = new SettledConversations();
        using var host = Silo(sender, connectionString);
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var expectedSends = 0L;
            expectedSends += await ConverseAsync(grains, "90", WarmUp);
            await DrainedAsync(sender, expectedSends);
            var baseline = Sample();

            var clock = Stopwatch.StartNew();
            expectedSends += await ConverseAsync(grains, "91", count);
            var conversed = clock.Elapsed;
            await DrainedAsync(sender, expectedSends);
            var drained = clock.Elapsed;
            var loaded = Sample();
            // A resident conversation is mostly an idle one: it settles a quiet period after its last reply.
            await settled.AllAsync(WarmUp + count);
            var idled = clock.Elapsed;
            var idle = Sample();

            var management = grains.GetGrain<IManagementGrain>(0);
            var activations = await management.GetTotalActivationCount();
            var chats = (await management.GetSimpleGrainStatistics())
                .Where(s => s.GrainType.Contains("CitizenChat", StringComparison.Ordinal))
                .Sum(s => s.ActivationCount);
            var busy = new ResidentFootprint(baseline, loaded, count);
            var footprint = new ResidentFootprint(baseline, idle, count);
            // What an outbox still holds once its replies are sent: ids and states, no bodies.
            var outbox = await grains.GetGrain<ICitizenChatGrain>(CitizenId("91", 0)).Outbox();
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"resident-conversations ({(postgres ? "states on PostgreSQL" : "embedded: memory storage")}): {count:N0} conversations (+{WarmUp:N0} warm-up) in {conversed.TotalSeconds:0.0} s " +
                $"({count / conversed.TotalSeconds:0}/s, outboxes drained at {drained.TotalSeconds:0.0} s, {sender.Sent:N0} sends); " +
                $"activations {activations:N0} ({chats:N0} citizen chats); " +
                $"each outbox {outbox.Count} entries, {outbox.Sum(e => e.Body.Length):N0} characters of bodies; " +
                $"just answered: GC heap {Mib(baseline.HeapBytes)} -> {Mib(loaded.HeapBytes)} MiB, working set {Mib(baseline.WorkingSetBytes)} -> {Mib(loaded.WorkingSetBytes)} MiB, " +
                $"per conversation {busy.HeapBytesPerConversation:0} B heap, {busy.WorkingSetBytesPerConversation:0} B working set; " +
                $"idle (every conversation settled at {idled.TotalSeconds:0} s): GC heap {Mib(idle.HeapBytes)} MiB, working set {Mib(idle.WorkingSetBytes)} MiB, " +
                $"per conversation {footprint.HeapBytesPerConversation:0} B heap, {footprint.WorkingSetBytesPerConversation:0} B working set; " +
                $"4 GiB holds ~{footprint.ConversationsWithin(Budget):N0}; {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
                $"{Environment.ProcessorCount} cores, load average {LoadAverage()}");
            Console.WriteLine(summary);
            await File.WriteAllTextAsync(Path.Combine(reports, postgres ? "resident-conversations-postgres.txt" : "resident-conversations.txt"), summary + Environment.NewLine);
            // A conversation deactivated during the run would make the figure a conversation short of resident.
            return chats >= count + WarmUp ? 0 : 1;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    // Each citizen greets and picks English: the grain then holds a language, a menu position, two dedupe ids and,
    // once sent, three outbox entries without their bodies (the language buttons, the privacy notice, the main menu;
    // the two read receipts leave the outbox when sent).
    private static async Task<long> ConverseAsync(IGrainFactory grains, string prefix, int citizens)
    {
        long replies = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, citizens), new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (n, _) =>
        {
            var citizen = CitizenId(prefix, n);
            var chat = grains.GetGrain<ICitizenChatGrain>(citizen);
            var now = DateTimeOffset.UtcNow;
            await chat.Receive(new InboundMessage
            {
                MessageId = MessageId(citizen, 1), CitizenId = citizen, ReplyTo = citizen, SentAt = now, Kind = InboundKind.Text, Text = "hi",
                ProfileName = "Lakshmi Devi",
            });
            await chat.Receive(new InboundMessage
            {
                MessageId = MessageId(citizen, 2), CitizenId = citizen, ReplyTo = citizen, SentAt = now, Kind = InboundKind.ButtonReply,
                ReplyId = ChoiceIds.ForLanguage("en"), Text = "English", ProfileName = "Lakshmi Devi",
            });
            Interlocked.Add(ref replies, 5);
        });
        return replies;
    }

    private static int Count(string text, IReadOnlyList<string> rest) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : throw Refused(rest);

    private static ArgumentException Refused(IReadOnlyList<string> rest) =>
        new($"resident-conversations takes only --count N (a positive whole number) and --postgres, got '{string.Join(' ', rest)}'");

    private static string CitizenId(string prefix, int n) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{9_000_000_000L + n}");

    // Shaped and sized like Meta's ids, since each conversation keeps the ids it has seen to drop redeliveries.
    private static string MessageId(string citizen, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"wamid.HBgM{citizen}FQIAEhggQ0U{n:D4}{citizen}RTNGQkYA");

    // Replies leave through the dispatcher after Receive returns; measuring before they have would count queued sends.
    private static async Task DrainedAsync(DiscardingSender sender, long expected)
    {
        var deadline = Stopwatch.StartNew();
        while (sender.Sent < expected)
        {
            // Generous: a million conversations' replies on PostgreSQL take a while to be stored and sent.
            if (deadline.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw new TimeoutException($"only {sender.Sent:N0} of {expected:N0} replies left the outboxes");
            }

            await Task.Delay(100);
        }
    }

    private static MemorySample Sample()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySample(GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes, process.WorkingSet64);
    }

    private static IHost Silo(DiscardingSender sender, string? connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (connectionString is not null)
        {
            // A production silo's storage: the cluster's tables, states encrypted under a key of the run's own.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:ManaMitra"] = connectionString,
                ["Orleans:ClusterId"] = "resident-benchmark",
                ["ManaMitra:StateEncryption:Keys:resident"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["ManaMitra:StateEncryption:CurrentKeyId"] = "resident",
            });
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // No access token: the sandbox; and without a connection string, embedded mode's in-memory storage.
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["ManaMitra:AadhaarHashKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["ManaMitra:Documents:LinkKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["ManaMitra:Documents:Keys:0:Kid"] = "resident-benchmark",
            ["ManaMitra:Documents:Keys:0:Pem"] = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem(),
            ["ManaMitra:PublicBaseUrl"] = "https://mitra.example.gov.in",
            // Pacing to a real number's 80 sends/s would take hours to drain a million conversations' replies.
            ["ManaMitra:Outbound:MessagesPerSecond"] = "1000000",
            // Conversations settle this long after their last reply; production's minute would only make the run longer.
            ["ManaMitra:Outbound:WakeUpPeriod"] = "00:00:10",
            // Production's flood window is its settling period, so a conversation settles with its flood guard quiet and
            // lets it go; shortening only the settling period would keep every guard and charge it to every citizen.
            ["ManaMitra:Chat:FloodWindow"] = "00:00:10",
        });
        // Registered before the grains' services, whose sandbox registration then leaves it in place.
        builder.Services.AddSingleton<IWhatsAppSender>(sender);
        builder.UseOrleans(silo =>
        {
            silo.AddManaMitra(builder.Configuration, builder.Environment);
            // Resident means resident: nothing is collected for idleness or shed for memory pressure during the run.
            silo.Configure<GrainCollectionOptions>(o =>
            {
                o.CollectionAge = TimeSpan.FromDays(1);
                o.EnableActivationSheddingOnMemoryPressure = false;
            });
        });
        return builder.Build();
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
