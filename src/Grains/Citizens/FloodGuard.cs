namespace ManaMitra.Grains.Citizens;

/// <summary>
/// Counts one citizen's messages over a sliding window. A number flooding the service would otherwise spend the
/// sending number's shared rate on its own replies and slow everyone else; past the limit its messages are still
/// acknowledged and remembered, but answered only with one polite note per window. In memory only: a flood that
/// outlives an activation is not worth a database write per message.
/// </summary>
public sealed class FloodGuard(int limit, TimeSpan window)
{
    private readonly LinkedList<DateTimeOffset> _recent = new();
    private DateTimeOffset _warnedAt = DateTimeOffset.MinValue;

    /// <summary>Records a message; false when it is over the limit and must not be answered normally.</summary>
    public bool Admit(DateTimeOffset now)
    {
        while (_recent.First is { } oldest && now - oldest.Value >= window)
        {
            _recent.RemoveFirst();
        }

        _recent.AddLast(now);
        return _recent.Count <= limit;
    }

    /// <summary>
    /// Takes back the last admission: a message that could not be stored is retried by Meta, and a retry during an
    /// outage must not count as the citizen flooding.
    /// </summary>
    public void Withdraw()
    {
        if (_recent.Count > 0)
        {
            _recent.RemoveLast();
        }
    }

    /// <summary>
    /// Nothing in the window any more: the guard remembers nothing that matters and can be dropped, so a conversation
    /// that has gone idle does not keep its last burst of timestamps in memory.
    /// </summary>
    public bool IsQuiet(DateTimeOffset now) => _recent.Last is not { } newest || now - newest.Value >= window;

    /// <summary>True once per window while flooding: the citizen hears why they get no answers, but only once.</summary>
    public bool ShouldWarn(DateTimeOffset now)
    {
        if (now - _warnedAt < window)
        {
            return false;
        }

        _warnedAt = now;
        return true;
    }
}
