using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>What the citizen is shown about their own data: what is held ("my data") and the question before erasing it.</summary>
public sealed class PrivacyScreens(ServiceCatalog catalog, ChatOptions options)
{
    // A WhatsApp text holds 4,096 characters; the references a summary names are the newest few, the rest counted.
    private const int ReferencesNamed = 5;

    private readonly PrivacyText _privacy = catalog.Texts.Privacy;

    /// <summary>What the conversation holds, read from the session itself, so it can never say less than is kept.</summary>
    public Reply MyData(ChatSession session, string language, DateTimeOffset now)
    {
        var lastWrote = session.LastInbound > now ? session.LastInbound : now;
        return new TextReply(_privacy.MyData.Format(
            language,
            catalog.Texts.Find(language)?.Name ?? language,
            Consent(session, language),
            Listed(session.Documents.Select(d => d.Id).ToList(), language),
            Listed(session.Applications, language),
            session.Form is { } form && catalog.FindService(form.ServiceId) is { } found ? found.Service.Name.In(language) : _privacy.None.In(language),
            IndianDates.Day(lastWrote + options.Retention)));
    }

    public Reply EraseQuestion(string language) => new ButtonsReply(_privacy.EraseConfirm.In(language),
    [
        new ReplyButton(ChoiceIds.EraseConfirmed, _privacy.EraseYes.In(language)),
        new ReplyButton(ChoiceIds.MainMenu, _privacy.EraseNo.In(language)),
    ]);

    private string Consent(ChatSession session, string language) => session.Consents.Count == 0
        ? _privacy.ConsentNone.In(language)
        : session.Consents[^1] switch
        {
            { Action: ConsentAction.Given } given => _privacy.ConsentGiven.Format(language, IndianDates.Day(given.At), given.Version),
            var withdrawn => _privacy.ConsentWithdrawn.Format(language, IndianDates.Day(withdrawn.At)),
        };

    private string Listed(IReadOnlyList<string> references, string language) => references.Count switch
    {
        0 => _privacy.None.In(language),
        <= ReferencesNamed => $"{references.Count} ({string.Join(", ", references.Reverse())})",
        _ => $"{references.Count} ({string.Join(", ", references.Reverse().Take(ReferencesNamed))}, …)",
    };
}
