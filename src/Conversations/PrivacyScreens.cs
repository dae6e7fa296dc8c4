using System.Security.Cryptography;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// What the citizen is shown about their own data: what is held ("my data", in the chat and, on request, as a signed
/// statement) and the question before erasing it.
/// </summary>
public sealed class PrivacyScreens(ServiceCatalog catalog, ChatOptions options)
{
    /// <summary>The kind of the signed statement, and the "service" it answers, which names its file.</summary>
    public const string StatementKind = "data-statement";

    // A WhatsApp text holds 4,096 characters, and a document's claims ride in its QR code: the references a summary
    // or a statement names are the newest few, the rest counted.
    private const int ReferencesNamed = 5;

    private readonly PrivacyText _privacy = catalog.Texts.Privacy;

    /// <summary>
    /// What the conversation holds, read from the session itself, so it can never say less than is kept; then the offer
    /// of the same as a signed PDF, on its own: naming the longest references, the summary comes within some 60
    /// characters of a buttons message's 1,024 (a text holds 4,096), and a cut summary would lose the erasure date.
    /// </summary>
    public IReadOnlyList<Reply> MyData(ChatSession session, string language, DateTimeOffset now) =>
    [
        new TextReply(_privacy.MyData.Format(
            language,
            LanguageName(language),
            Consent(session, language),
            Listed(session.Documents.Select(d => d.Id).ToList()) ?? _privacy.None.In(language),
            Listed(session.Applications) ?? _privacy.None.In(language),
            FormInProgress(session).In(language),
            ErasedOn(session, now))),
        new ButtonsReply(_privacy.StatementOffer.In(language), [new ReplyButton(ChoiceIds.DataStatement, _privacy.StatementButton.In(language))]),
    ];

    /// <summary>
    /// The facts of <see cref="MyData"/> as a document ManaMitra issues: each a field labelled in every language, a
    /// value printed once for every reader. No holder's name (the conversation does not know it) and no phone number:
    /// the certificate registry keeps a document's fields for whoever verifies it.
    /// </summary>
    /// <param name="requestId">The message that asked: a redelivery of it gives the same document, a new request another.</param>
    public IssuedDocument Statement(ChatSession session, string language, string citizenId, string requestId, DateTimeOffset at)
    {
        var texts = catalog.Texts;
        List<OutcomeField> fields = [new(_privacy.StatementLanguage, LanguageName(language))];
        if (session.Consents is [.., var last])
        {
            var state = last.Action == ConsentAction.Given ? _privacy.StatementGiven : _privacy.StatementWithdrawn;
            fields.Add(new(_privacy.StatementConsent, texts.OneLine(state)));
            fields.Add(new(_privacy.StatementConsentOn, IndianDates.Day(last.At)));
            fields.Add(new(_privacy.StatementNotice, last.Version));
        }
        else
        {
            fields.Add(new(_privacy.StatementConsent, texts.OneLine(_privacy.ConsentNone)));
        }

        var none = texts.OneLine(_privacy.None);
        fields.Add(new(_privacy.StatementDocuments, Listed(session.Documents.Select(d => d.Id).ToList()) ?? none));
        fields.Add(new(_privacy.StatementApplications, Listed(session.Applications) ?? none));
        fields.Add(new(_privacy.StatementForm, texts.OneLine(FormInProgress(session))));
        fields.Add(new(_privacy.StatementErasedOn, ErasedOn(session, at)));
        return new IssuedDocument
        {
            Id = StatementId(citizenId, requestId),
            Kind = StatementKind,
            Title = _privacy.StatementTitle,
            HolderName = "",
            DepartmentId = ServiceCatalog.PlatformIssuer,
            ServiceId = StatementKind,
            IssuedAt = at,
            Fields = fields,
        };
    }

    public Reply EraseQuestion(string language) => new ButtonsReply(_privacy.EraseConfirm.In(language),
    [
        new ReplyButton(ChoiceIds.EraseConfirmed, _privacy.EraseYes.In(language)),
        new ReplyButton(ChoiceIds.MainMenu, _privacy.EraseNo.In(language)),
    ]);

    /// <summary>
    /// <c>DATA-</c> and 80 bits of SHA-256 over the citizen's key and the request: the id is public (printed, in links and
    /// QR codes), so it names neither; and two citizens' statements must never share a registry entry, where the first
    /// record stands, so it is long enough that a state's worth of requests does not collide.
    /// </summary>
    private static string StatementId(string citizenId, string requestId) =>
        $"DATA-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{citizenId}\u001f{requestId}")), 0, 10)}";

    private string LanguageName(string language) => catalog.Texts.Find(language)?.Name ?? language;

    private LocalizedText FormInProgress(ChatSession session) =>
        session.Form is { } form && catalog.FindService(form.ServiceId) is { } found ? found.Service.Name : _privacy.None;

    // Kept for the retention after the last message, whichever is later: the one being answered or the last stored.
    private string ErasedOn(ChatSession session, DateTimeOffset now) =>
        IndianDates.Day((session.LastInbound > now ? session.LastInbound : now) + options.Retention);

    private string Consent(ChatSession session, string language) => session.Consents.Count == 0
        ? _privacy.ConsentNone.In(language)
        : session.Consents[^1] switch
        {
            { Action: ConsentAction.Given } given => _privacy.ConsentGiven.Format(language, IndianDates.Day(given.At), given.Version),
            var withdrawn => _privacy.ConsentWithdrawn.Format(language, IndianDates.Day(withdrawn.At)),
        };

    /// <summary>The count and the newest references, or null when there are none.</summary>
    private static string? Listed(IReadOnlyList<string> references) => references.Count switch
    {
        0 => null,
        <= ReferencesNamed => $"{references.Count} ({string.Join(", ", references.Reverse())})",
        _ => $"{references.Count} ({string.Join(", ", references.Reverse().Take(ReferencesNamed))}, …)",
    };
}
