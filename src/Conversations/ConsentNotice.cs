using System.Security.Cryptography;
using System.Text;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// The consent notice as the conversation shows it, and its version. The version is a digest of what the notice says
/// in every offered language (retention figure included), so no edit can slip out without every citizen being asked
/// again: an editor cannot forget to bump it, and a citizen's record names exactly the words they agreed to.
/// </summary>
public sealed class ConsentNotice
{
    private readonly PrivacyText _privacy;
    private readonly int _retentionDays;

    public ConsentNotice(Texts texts, ChatOptions options)
    {
        _privacy = texts.Privacy;
        _retentionDays = (int)Math.Ceiling(options.Retention.TotalDays);
        var shown = new StringBuilder();
        foreach (var language in texts.Languages)
        {
            shown.Append(language.Code).Append('\n').Append(Notice(language.Code)).Append('\n')
                .Append(_privacy.Question.In(language.Code)).Append('\n').Append(_privacy.Agree.In(language.Code)).Append('\n');
        }

        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown.ToString())))[..8];
    }

    /// <summary>Eight hex digits that change whenever any language's notice does.</summary>
    public string Version { get; }

    /// <summary>The notice and the question under it, whose "agree" goes on to <paramref name="serviceId"/>.</summary>
    public IReadOnlyList<Reply> Ask(string serviceId, string language) => [new TextReply(Notice(language)), Question(serviceId, language)];

    /// <summary>The question alone, as "back" or a stale tap draws the step again under the notice already sent.</summary>
    public Reply Question(string serviceId, string language) => new ButtonsReply(_privacy.Question.In(language),
    [
        new ReplyButton(ChoiceIds.Agree(Version, serviceId), _privacy.Agree.In(language)),
        new ReplyButton(ChoiceIds.MainMenu, _privacy.NotNow.In(language)),
    ]);

    /// <summary>Said when the citizen's consent to this version is recorded at <paramref name="at"/>.</summary>
    public string Recorded(DateTimeOffset at, string language) =>
        _privacy.Recorded.Format(language, Version, IndianDates.Day(at));

    private string Notice(string language) => _privacy.Notice.Format(language, _retentionDays);
}
