using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Tests.Forms;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Conversations;

/// <summary>The conversation state machine on a catalog, built as the silo builds it, for tests that drive it directly.</summary>
public static class TestConversations
{
    /// <summary>The version of the shipped consent notice under the default retention, as every test cluster runs it.</summary>
    public static string NoticeVersion { get; } = new ConsentNotice(CatalogLoader.Load(CatalogLoader.DefaultDirectory).Texts, new ChatOptions()).Version;

    /// <summary>
    /// The "I agree" button under the consent notice asked before <paramref name="serviceId"/>: tapping it records
    /// consent and starts the service, as a citizen does who tapped the service's start button and read the notice.
    /// </summary>
    public static string AgreeAndApply(string serviceId) => ChoiceIds.Agree(NoticeVersion, serviceId);

    public static Conversation On(ServiceCatalog catalog, ChatOptions? options = null)
    {
        options ??= new ChatOptions();
        return new Conversation(catalog, new CatalogSearch(catalog), FormSamples.Flow(), new ConsentNotice(catalog.Texts, options), Options.Create(options));
    }

    /// <summary>
    /// A citizen on the main menu in <paramref name="language"/> who agreed to the catalog's consent notice: where a
    /// test is about a service, not about consent.
    /// </summary>
    public static ChatSession Consented(ServiceCatalog catalog, string language) => new()
    {
        Language = language,
        Current = Step.MainMenu,
        LastActivity = FormSamples.Now,
        Consents = [new ConsentEvent(ConsentAction.Given, new ConsentNotice(catalog.Texts, new ChatOptions()).Version, language, FormSamples.Now)],
    };
}
