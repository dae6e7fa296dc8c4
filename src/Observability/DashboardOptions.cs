namespace ManaMitra.Observability;

/// <summary><c>ManaMitra:Dashboard</c>: how often silos report and frontends push to open pages.</summary>
public sealed class DashboardOptions
{
    public const string Section = "ManaMitra:Dashboard";

    /// <summary>Each silo sends what it saw to the dashboard grain this often (one grain call, whatever the traffic).</summary>
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Each frontend reads one snapshot this often while a page is open, and sends it to every open page.</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromSeconds(2);
}
