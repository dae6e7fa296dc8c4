namespace ManaMitra.Conversations;

/// <summary>The <c>ManaMitra:Chat</c> configuration section.</summary>
public sealed class ChatOptions
{
    public const string Section = "ManaMitra:Chat";

    /// <summary>Idle longer than this and the next message starts again from the main menu, with a short note.</summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many recent message ids a citizen's grain remembers to drop Meta's redeliveries.</summary>
    public int DedupeCount { get; set; } = 256;

    /// <summary>How long a message id is remembered; Meta retries for up to seven days.</summary>
    public TimeSpan DedupeAge { get; set; } = TimeSpan.FromDays(8);

    /// <summary>How many delivered outbox entries are kept to match Meta's later delivery statuses.</summary>
    public int SentEntriesKept { get; set; } = 32;

    /// <summary>Mark each answered message as read, so the citizen sees blue ticks as soon as we have it.</summary>
    public bool MarkAsRead { get; set; } = true;

    /// <summary>Messages a citizen may send per <see cref="FloodWindow"/> before the rest get only a note to slow down.</summary>
    public int FloodLimit { get; set; } = 20;

    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Meta's customer-service window: this long after the citizen last wrote, a notification may still be a free-form
    /// message; later only an approved template is delivered (<c>ManaMitra__Chat__ServiceWindow</c>).
    /// </summary>
    public TimeSpan ServiceWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a conversation is kept after the citizen's last message before it is erased
    /// (<c>ManaMitra__Chat__Retention</c>); the consent notice tells citizens this figure, in whole days.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often each silo looks for conversations past <see cref="Retention"/> (<c>ManaMitra__Chat__RetentionSweep</c>).</summary>
    public TimeSpan RetentionSweep { get; set; } = TimeSpan.FromDays(1);
}
