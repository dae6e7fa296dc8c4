using ManaMitra.LoadTests.Meta;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// What simulated citizens say, message by message, each with the number of replies the bot answers it with
/// (see src/Grains/Conversations/Conversation.cs): first contact "hi" gets the language buttons (1); choosing a
/// language gets the privacy notice and the main menu (2); a menu word, a list row or typed search text on a menu
/// gets one screen (1). Every script starts as a citizen the system has never seen.
/// </summary>
public static class CitizenScripts
{
    private const int One = 1;
    private const int PrivacyAndMenu = 2;

    private static readonly string[] ResultsDaySearches =
        ["ssc hall ticket", "inter results", "ssc results", "10th class results", "intermediate marks memo", "hall ticket download", "inter hall ticket"];

    private static readonly string[] EnglishSearches =
        ["income certificate", "caste certificate", "electricity bill", "bus ticket", "ration card", "birth certificate", "property tax", "darshan ticket"];

    private static readonly string[] TeluguSearches =
        ["ఆదాయ ధృవీకరణ పత్రం", "కుల ధృవీకరణ పత్రం", "విద్యుత్ బిల్లు", "బస్ టికెట్", "రేషన్ కార్డు", "జనన ధృవీకరణ పత్రం", "aadaya dhruvikarana patram"];

    /// <summary>Greets, picks English, then browses department → service → main menu, forever (a closed-model user).</summary>
    public static IEnumerable<CitizenMessage> Smoke(CatalogChoices catalog, Random random)
    {
        yield return CitizenMessage.Typed("hi", One);
        yield return CitizenMessage.Button("lang:en", "English", PrivacyAndMenu);
        while (true)
        {
            foreach (var message in Browse(catalog, random, telugu: false))
            {
                yield return message;
            }

            yield return CitizenMessage.Typed("menu", One);
        }
    }

    /// <summary>A student on results day: greets, types "English", searches for a hall ticket or results.</summary>
    public static IEnumerable<CitizenMessage> ResultsDay(Random random)
    {
        yield return CitizenMessage.Typed("hi", One);
        yield return CitizenMessage.Typed("English", PrivacyAndMenu);
        yield return CitizenMessage.Typed(ResultsDaySearches[random.Next(ResultsDaySearches.Length)], One);
    }

    /// <summary>An ordinary day: half Telugu, half English; each either searches or browses to a service, then returns to the menu.</summary>
    public static IEnumerable<CitizenMessage> MixedDay(CatalogChoices catalog, Random random)
    {
        var telugu = random.Next(2) == 0;
        yield return CitizenMessage.Typed(telugu ? "నమస్కారం" : "hi", One);
        yield return telugu
            ? CitizenMessage.Button("lang:te", "తెలుగు", PrivacyAndMenu)
            : CitizenMessage.Button("lang:en", "English", PrivacyAndMenu);
        if (random.Next(2) == 0)
        {
            var searches = telugu ? TeluguSearches : EnglishSearches;
            yield return CitizenMessage.Typed(searches[random.Next(searches.Length)], One);
        }
        else
        {
            foreach (var message in Browse(catalog, random, telugu))
            {
                yield return message;
            }
        }

        yield return CitizenMessage.Typed(telugu ? "మెనూ" : "menu", One);
    }

    private static IEnumerable<CitizenMessage> Browse(CatalogChoices catalog, Random random, bool telugu)
    {
        var department = catalog.PickDepartment(random);
        var service = department.PickService(random);
        yield return CitizenMessage.Row("menu:departments", telugu ? "శాఖలు" : "Departments", One);
        yield return CitizenMessage.Row($"dept:{department.Id}", department.Title.In(telugu), One);
        yield return CitizenMessage.Row($"svc:{service.Id}", service.Title.In(telugu), One);
    }
}
