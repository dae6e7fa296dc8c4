using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations.Forms;

/// <summary>What one message did to a form, and what to send the citizen.</summary>
public abstract record FormStep(IReadOnlyList<Reply> Replies)
{
    /// <summary>Still in the form: send the replies (the next question, a re-prompt, the summary…).</summary>
    public sealed record Continue(IReadOnlyList<Reply> Replies) : FormStep(Replies);

    /// <summary>Still in the form, after the third wrong answer in a row: the replies offer Try again, Help and Main menu.</summary>
    public sealed record HelpOffered(IReadOnlyList<Reply> Replies) : FormStep(Replies);

    /// <summary>
    /// Still in the form, at a one-time code's question, and a code is wanted: none was sent yet for the Aadhaar answered,
    /// or the citizen asked for another. Send the replies; the citizen's grain then sends the code (or says why not).
    /// </summary>
    public sealed record CodeWanted(IReadOnlyList<Reply> Replies) : FormStep(Replies);

    /// <summary>"Back" on the first question: leave the form for the screen before it. No replies of its own.</summary>
    public sealed record BackedOut() : FormStep([]);

    /// <summary>The citizen confirmed the summary: run the service with these answers (input id → normalised value).</summary>
    public sealed record Submit(IReadOnlyDictionary<string, string> Answers) : FormStep([]);

    /// <summary>The citizen cancelled: the replies say so; the conversation shows what comes next.</summary>
    public sealed record Cancelled(IReadOnlyList<Reply> Replies) : FormStep(Replies);

    /// <summary>
    /// The message is a tap on something outside the form (Help, Main menu, a row of an older menu): the conversation
    /// handles it as it would without a form, which ends the form.
    /// </summary>
    public sealed record NotForForm() : FormStep([]);
}
