namespace ManaMitra.Conversations.Forms;

/// <summary>
/// "At most so many per window", over the times things were sent: one rule for every limit on one-time codes, per
/// citizen (<see cref="OtpGuard"/>) and per Aadhaar (the quota grain).
/// </summary>
public static class SendWindow
{
    /// <summary>When another may be sent, or null when one may be sent now.</summary>
    public static DateTimeOffset? NextAt(IEnumerable<DateTimeOffset> sent, DateTimeOffset now, int limit, TimeSpan window)
    {
        var recent = sent.Where(at => now - at < window).Order().ToList();
        return recent.Count < limit ? null : recent[^limit] + window;
    }

    /// <summary>Records a send at <paramref name="now"/>, dropping the times the window has left behind.</summary>
    public static void Record(List<DateTimeOffset> sent, DateTimeOffset now, TimeSpan window)
    {
        sent.RemoveAll(at => now - at >= window);
        sent.Add(now);
    }
}
