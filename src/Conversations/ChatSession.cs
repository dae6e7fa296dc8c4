using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;

namespace ManaMitra.Conversations;

/// <summary>The part of a citizen's state that the conversation reads and changes; persisted with the grain.</summary>
[GenerateSerializer]
public sealed class ChatSession
{
    // Ids 0 and 6 held the language and the documents before languages became data (an enum, and titles in two
    // fixed languages). New ids let such a state still load; its citizen is asked for their language again.

    /// <summary>The code of the citizen's language ("te"); null until they have chosen: first contact always asks.</summary>
    [Id(7)] public string? Language { get; set; }

    [Id(1)] public Step Current { get; set; } = Step.ChooseLanguage;

    /// <summary>The steps <c>back</c> returns to, most recent last.</summary>
    public List<Step> History { get => _history ??= []; set => _history = value; }

    // This list, the three below and the OTP guard are made when first touched and let go of, empty, by Compact: most
    // resident conversations never use them, and each empty one cost every citizen 32 bytes or more. Serialized as
    // fields, with the ids the properties had, so writing a state makes none of them and rows written before read.
    [Id(2)] private List<Step>? _history;

    [Id(3)] public DateTimeOffset LastActivity { get; set; }

    /// <summary>The citizen sent <c>stop</c>: nothing is sent to them until they send <c>start</c>.</summary>
    [Id(4)] public bool OptedOut { get; set; }

    /// <summary>The form the citizen is filling in, if any: the answers so far survive deactivation like the rest.</summary>
    [Id(5)] public FormSession? Form { get; set; }

    /// <summary>Documents issued to the citizen, newest last, for "my documents".</summary>
    public List<DocumentRef> Documents { get => _documents ??= []; set => _documents = value; }

    [Id(8)] private List<DocumentRef>? _documents;

    /// <summary>
    /// When the citizen last wrote, by Meta's timestamp but never later than our clock: where Meta's 24-hour window
    /// starts. Unlike <see cref="LastActivity"/> it counts every message, even one that was throttled or met opted-out.
    /// A state saved before this field reads as never, so a notification then goes as a template, which always arrives.
    /// </summary>
    [Id(9)] public DateTimeOffset LastInbound { get; set; }

    /// <summary>Whether a free-form message sent at <paramref name="now"/> still falls in the citizen's service window.</summary>
    public bool InServiceWindow(DateTimeOffset now, TimeSpan window) => now - LastInbound < window;

    /// <summary>References of the applications the citizen submitted and the grievances they raised here, newest last, for "my applications".</summary>
    public List<string> Applications { get => _applications ??= []; set => _applications = value; }

    [Id(10)] private List<string>? _applications;

    /// <summary>The correction or appeal the citizen was asked to type, if any; any command or choice clears it.</summary>
    [Id(11)] public AwaitedReply? AwaitedReply { get; set; }

    /// <summary>When a citizen who stopped messages was last told how to come back: at most once a day.</summary>
    [Id(12)] public DateTimeOffset StoppedNoteAt { get; set; }

    /// <summary>The citizen's limits on one-time codes: codes sent lately, wrong codes typed, a lockout.</summary>
    public OtpGuard Otp { get => _otp ??= new(); set => _otp = value; }

    [Id(14)] private OtpGuard? _otp;

    /// <summary>Consent given and withdrawn, oldest first (<see cref="ConsentsKept"/> at most).</summary>
    public List<ConsentEvent> Consents { get => _consents ??= []; set => _consents = value; }

    [Id(13)] private List<ConsentEvent>? _consents;

    /// <summary>Whether the citizen's latest word on consent agreed to this version of the notice.</summary>
    public bool ConsentedTo(string version) => Consents.Count > 0 && Consents[^1] is { Action: ConsentAction.Given } last && last.Version == version;

    /// <summary>Records consent given or withdrawn, forgetting the oldest beyond <see cref="ConsentsKept"/>.</summary>
    public void Record(ConsentEvent consent)
    {
        Consents.Add(consent);
        if (Consents.Count > ConsentsKept)
        {
            Consents.RemoveRange(0, Consents.Count - ConsentsKept);
        }
    }

    /// <summary>Lists a document in "my documents" once, forgetting the oldest beyond <see cref="DocumentsKept"/>.</summary>
    public void Keep(DocumentRef document)
    {
        if (Documents.Exists(d => d.Id == document.Id))
        {
            return;
        }

        Documents.Add(document);
        if (Documents.Count > DocumentsKept)
        {
            Documents.RemoveAt(0);
        }
    }

    /// <summary>
    /// Erasure: everything the conversation holds about the citizen goes, consent record included, so their next
    /// message is a first contact. <see cref="LastInbound"/> stays: it is when they last wrote, which decides whether
    /// a department's later notice may still reach them as a free-form message. <see cref="Otp"/> stays too: counters,
    /// no personal data, and erasing must not lift a lockout on guessing codes. A field added later is reset here or
    /// named as kept in ChatSessionForgetTests, which fails until it is one or the other.
    /// </summary>
    public void Forget()
    {
        Language = null;
        Current = Step.ChooseLanguage;
        History.Clear();
        LastActivity = default;
        OptedOut = false;
        Form = null;
        Documents.Clear();
        Applications.Clear();
        AwaitedReply = null;
        StoppedNoteAt = default;
        Consents.Clear();
    }

    /// <summary>
    /// Lets go of what a quiet conversation holds empty (see <see cref="History"/>); what reads it next makes it again.
    /// Called once the conversation has settled.
    /// </summary>
    public void Compact()
    {
        _history = _history is { Count: 0 } ? null : _history;
        _documents = _documents is { Count: 0 } ? null : _documents;
        _applications = _applications is { Count: 0 } ? null : _applications;
        _consents = _consents is { Count: 0 } ? null : _consents;
        _otp = _otp is { IsUnused: true } ? null : _otp;
    }

    /// <summary>How many consent events are kept: enough to show what was agreed and withdrawn, bounded like the rest.</summary>
    public const int ConsentsKept = 20;

    /// <summary>How many documents "my documents" remembers; older ones stay valid and verifiable, just not listed.</summary>
    public const int DocumentsKept = 50;

    /// <summary>How many applications "my applications" remembers; older ones are still found by typing their number.</summary>
    public const int ApplicationsKept = 50;
}
