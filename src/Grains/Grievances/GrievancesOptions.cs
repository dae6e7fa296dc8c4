namespace ManaMitra.Grains.Grievances;

/// <summary><c>ManaMitra:Grievances</c>: how long an SLA day lasts, how long a resolution may be reopened, how large evidence may be.</summary>
public sealed class GrievancesOptions
{
    public const string Section = "ManaMitra:Grievances";

    /// <summary>One SLA day (<c>ManaMitra__Grievances__DayLength</c>); drills and tests compress days into seconds.</summary>
    public TimeSpan DayLength { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many SLA days after a resolution its citizen may still reopen it (<c>ManaMitra__Grievances__ReopenDays</c>).</summary>
    public int ReopenDays { get; set; } = 7;

    /// <summary>
    /// The largest evidence file kept (<c>ManaMitra__Grievances__EvidenceMaxBytes</c>): WhatsApp's own limit for an
    /// image, so a photo WhatsApp carried is taken, and a larger file is refused before it is downloaded.
    /// </summary>
    public long EvidenceMaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The SLA clock ticks at most this far apart, so a warning or an escalation is never later than this.</summary>
    public static readonly TimeSpan LongestTick = TimeSpan.FromHours(1);

    /// <summary>How often the clock of an office's <paramref name="window"/> ticks: four times per window, within bounds.</summary>
    public static TimeSpan Tick(TimeSpan window) =>
        TimeSpan.FromTicks(Math.Clamp(window.Ticks / 4, TimeSpan.FromSeconds(1).Ticks, LongestTick.Ticks));
}
