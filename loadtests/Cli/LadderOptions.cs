using System.Globalization;

namespace ManaMitra.LoadTests.Cli;

/// <summary>
/// The ladder benchmark's command line: <c>--benchmark ladder [--steps R1,R2,…] [--step-seconds S] [--citizens N]
/// [--read-receipts] [--cohosted]</c>.
/// </summary>
public sealed record LadderOptions
{
    /// <summary>Offered rates, messages per second, climbed in this order.</summary>
    public IReadOnlyList<double> Steps { get; init; } = [250, 500, 1000, 1500, 2000, 3000, 4000];

    public TimeSpan StepDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many distinct citizens the messages are spread over.</summary>
    public int Citizens { get; init; } = 30_000;

    /// <summary>Climb ManaMitra a second time with read receipts on, as it runs in production.</summary>
    public bool ReadReceiptsPass { get; init; }

    /// <summary>Climb ManaMitra a second time as one process: the frontend hosting the silo.</summary>
    public bool CohostedPass { get; init; }

    /// <exception cref="ArgumentException">An option is unknown, lacks its value, or its value is not a positive number.</exception>
    public static LadderOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LadderOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--steps" => options with { Steps = Value().Split(',').Select(step => Positive("--steps", step)).ToList() },
                "--step-seconds" => options with { StepDuration = TimeSpan.FromSeconds(Positive("--step-seconds", Value())) },
                "--citizens" => options with { Citizens = (int)Math.Ceiling(Positive("--citizens", Value())) },
                "--read-receipts" => options with { ReadReceiptsPass = true },
                "--cohosted" => options with { CohostedPass = true },
                var other => throw new ArgumentException($"unknown ladder option {other}"),
            };
        }

        return options;
    }

    private static double Positive(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} must be positive numbers, got '{text}'");
}
