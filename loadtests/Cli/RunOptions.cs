using System.Globalization;
using System.Net;
using ManaMitra.LoadTests.Traffic;

namespace ManaMitra.LoadTests.Cli;

/// <summary>The command line: <c>--scenario NAME --duration SECONDS</c> plus optional overrides and the existing-deployment mode.</summary>
public sealed record RunOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project loadtests -- --scenario NAME [--duration SECONDS] [options]
           or: dotnet run -c Release --project loadtests -- --benchmark documents|postgres-upsert|http-ceilings|grain-calls [--duration SECONDS]
           or: dotnet run -c Release --project loadtests -- --benchmark ladder [--steps 250,500,…] [--step-seconds S] [--citizens N] [--read-receipts] [--cohosted]
                 (ManaMitra against the reference bot on one PostgreSQL, rate by rate; see loadtests/README.md)
           or: dotnet run -c Release --project loadtests -- --benchmark resident-conversations [--count N] [--postgres]
                 (memory per resident conversation: N citizens greet and choose English in one in-process silo,
                 default 1000000; --postgres: its states on a throwaway PostgreSQL, as in production)

          --scenario NAME        smoke | results-day | mixed-day | long-forms | duplicates-and-faults
          --duration SECONDS     how long to send (default 30)
          --rate N               open models: messages per second (peak rate when ramping)
          --users N              closed model: concurrent citizens
          --warmup SECONDS       unmeasured traffic first, so JIT and first activations stay out of the figures (default 5; 0 for none)
          --drain SECONDS        after the last send, how long replies may still arrive before they count as lost (default 10)
          --max-p99-ms MS        fail (exit 1) when end-to-end p99 exceeds this (default per scenario: smoke 1000)
          --max-lost N           fail (exit 1) when more accepted messages than this got no reply (default 0)
          --request-timeout S    webhook request timeout (default 30)
          --duplicate-share F    share of messages Meta delivers 2-3 times (default per scenario: duplicates-and-faults 0.2)
          --throttle-share F     share of sends the fake Cloud API throttles (429, code 130429) (duplicates-and-faults 0.05)
          --fail-share F         share of sends the fake Cloud API fails with 500 (duplicates-and-faults 0.02)

        local system (unless --target-url):
          --storage KIND         memory (default): one frontend process with an embedded silo;
                                 postgres: a throwaway PostgreSQL 15, `Silo migrate`, --silos silo processes and the
                                 frontend as their Orleans client
          --silos N              silo processes with --storage postgres (default 2)

        existing deployment (instead of starting the frontend here):
          --target-url URL       its base URL
          --app-secret S         its WhatsApp app secret, to sign webhooks
          --sink-port N          the port its WhatsApp__GraphApiBaseUrl points at; the fake Cloud API listens there
          --sink-address IP      the address the fake Cloud API listens on (default 127.0.0.1; 0.0.0.0 when the
                                 deployment runs on another host and reaches this one by its address)
          --phone-number-id ID   the phone_number_id put into webhooks (default 106540352242922)

        exit code: 0 thresholds passed, 1 a threshold failed, 2 could not run, 130 interrupted (Ctrl+C).
        """;

    /// <summary>The phone_number_id webhooks carry unless told otherwise.</summary>
    public const string DefaultPhoneNumberId = "106540352242922";

    public required Scenario Scenario { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public double? Rate { get; init; }

    public int? Users { get; init; }

    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public double MaxP99Ms { get; init; }

    public long MaxLost { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public Uri? TargetUrl { get; init; }

    public string? AppSecret { get; init; }

    public int? SinkPort { get; init; }

    public IPAddress SinkAddress { get; init; } = IPAddress.Loopback;

    public string PhoneNumberId { get; init; } = DefaultPhoneNumberId;

    public MetaRetries Retries { get; init; } = MetaRetries.None;

    public SinkFaults SinkFaults { get; init; } = SinkFaults.None;

    /// <summary>True for PostgreSQL storage with separate silo processes; false for the one in-memory process.</summary>
    public bool Postgres { get; init; }

    public int Silos { get; init; } = 2;

    /// <summary>The scenario's load shape with the command line's overrides applied.</summary>
    public LoadShape Shape => Scenario.Shape switch
    {
        ClosedShape closed => closed with { Citizens = Users ?? closed.Citizens },
        OpenShape open => open with { RatePerSecond = Rate ?? open.RatePerSecond },
        var other => other,
    };

    /// <exception cref="ArgumentException">The arguments are incomplete or wrong; the message says which.</exception>
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected --name value pairs, got '{name}'");
            }

            values[name[2..]] = args[++i];
        }

        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "scenario", "duration", "rate", "users", "warmup", "drain", "max-p99-ms", "max-lost", "request-timeout",
            "target-url", "app-secret", "sink-port", "sink-address", "phone-number-id", "duplicate-share", "throttle-share", "fail-share",
            "storage", "silos",
        };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new ArgumentException($"unknown option --{unknown}");
        }

        if (!values.TryGetValue("scenario", out var scenarioName))
        {
            throw new ArgumentException("--scenario is required");
        }

        var scenario = Scenarios.Find(scenarioName)
            ?? throw new ArgumentException($"unknown scenario '{scenarioName}'; known: {string.Join(", ", Scenarios.All.Select(s => s.Name))}");
        var options = new RunOptions
        {
            Scenario = scenario,
            Duration = Seconds(values, "duration") ?? TimeSpan.FromSeconds(30),
            Rate = Number(values, "rate"),
            Users = (int?)Number(values, "users"),
            Drain = Seconds(values, "drain") ?? scenario.DefaultDrain,
            Warmup = Seconds(values, "warmup") ?? TimeSpan.FromSeconds(5),
            MaxP99Ms = Number(values, "max-p99-ms") ?? scenario.DefaultMaxP99Ms,
            MaxLost = (long?)Number(values, "max-lost") ?? 0,
            RequestTimeout = Seconds(values, "request-timeout") ?? TimeSpan.FromSeconds(30),
            TargetUrl = values.TryGetValue("target-url", out var url) ? new Uri(url, UriKind.Absolute) : null,
            AppSecret = values.GetValueOrDefault("app-secret"),
            SinkPort = (int?)Number(values, "sink-port"),
            SinkAddress = values.TryGetValue("sink-address", out var address)
                ? IPAddress.TryParse(address, out var ip) ? ip : throw new ArgumentException($"--sink-address must be an IP address, got '{address}'")
                : IPAddress.Loopback,
            PhoneNumberId = values.GetValueOrDefault("phone-number-id") ?? DefaultPhoneNumberId,
            Retries = scenario.Retries with { DuplicateShare = Share(values, "duplicate-share") ?? scenario.Retries.DuplicateShare },
            SinkFaults = new SinkFaults(
                Share(values, "throttle-share") ?? scenario.SinkFaults.ThrottleShare,
                Share(values, "fail-share") ?? scenario.SinkFaults.FailShare),
            Postgres = values.GetValueOrDefault("storage", "memory") switch
            {
                "memory" => false,
                "postgres" => true,
                var other => throw new ArgumentException($"--storage must be memory or postgres, got '{other}'"),
            },
            Silos = (int?)Number(values, "silos") ?? 2,
        };
        if (options.SinkFaults.ThrottleShare + options.SinkFaults.FailShare > 1)
        {
            throw new ArgumentException("--throttle-share and --fail-share together exceed 1");
        }

        if (options.TargetUrl is not null && (values.ContainsKey("storage") || values.ContainsKey("silos")))
        {
            throw new ArgumentException("--storage and --silos choose the system a local run starts; --target-url runs against one already running");
        }
        if (options.TargetUrl is not null && (string.IsNullOrEmpty(options.AppSecret) || options.SinkPort is null))
        {
            throw new ArgumentException("--target-url needs --app-secret and --sink-port too");
        }

        if (options.TargetUrl is null && (options.AppSecret is not null || options.SinkPort is not null || values.ContainsKey("sink-address")))
        {
            throw new ArgumentException("--app-secret, --sink-port and --sink-address belong to --target-url runs; a local run makes its own");
        }

        return options;
    }

    private static double? Number(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        // Only --max-lost and --warmup may be zero: a zero rate, duration or port is a mistake, not a request.
        var zeroAllowed = name is "max-lost" or "warmup";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || (value == 0 && !zeroAllowed))
        {
            throw new ArgumentException($"--{name} must be a positive number, got '{text}'");
        }

        return value;
    }

    private static double? Share(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1
            ? share
            : throw new ArgumentException($"--{name} must be a share between 0 and 1, got '{text}'");
    }

    private static TimeSpan? Seconds(Dictionary<string, string> values, string name) =>
        Number(values, name) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
