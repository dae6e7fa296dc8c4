using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Documents;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// What simulated citizens say, message by message, each with the number of replies the bot answers it with
/// (see src/Conversations/Conversation.cs): first contact "hi" gets the language buttons (1); choosing a
/// language gets the privacy notice and the main menu (2); a menu word, a list row or typed search text on a menu
/// gets one screen (1). Every script starts as a citizen the system has never seen.
/// </summary>
public static class CitizenScripts
{
    private const int One = 1;
    private const int PrivacyAndMenu = 2;

    // A submitted certificate form: the outcome in words, then the document message (src/Grains/Citizens/Effects/TellOutcome.cs).
    private const int OutcomeAndDocument = 2;
    private const int NoticeAndQuestion = 2;
    private const int RecordedAndQuestion = 2;

    private static readonly string[] ResultsDaySearches =
        ["ssc hall ticket", "inter results", "ssc results", "10th class results", "intermediate marks memo", "hall ticket download", "inter hall ticket"];

    private static readonly string[] EnglishSearches =
        ["income certificate", "caste certificate", "electricity bill", "bus ticket", "ration card", "birth certificate", "property tax", "darshan ticket"];

    private static readonly string[] TeluguSearches =
        ["ఆదాయ ధృవీకరణ పత్రం", "కుల ధృవీకరణ పత్రం", "విద్యుత్ బిల్లు", "బస్ టికెట్", "రేషన్ కార్డు", "జనన ధృవీకరణ పత్రం", "aadaya dhruvikarana patram"];

    // Greetings and requests, none naming a language, none a STOP.
    private static readonly string[] LadderWords = ["hi", "hello", "namaste", "నమస్కారం", "good morning", "income certificate", "ration card"];

    /// <summary>Greets, picks English, then browses department → service → main menu, forever (a closed-model user).</summary>
    public static IEnumerable<ScriptedMessage> Smoke(CatalogChoices catalog, Random random)
    {
        yield return ScriptedMessage.Typed("hi", One);
        yield return ScriptedMessage.Button("lang:en", "English", PrivacyAndMenu);
        while (true)
        {
            foreach (var message in Browse(catalog, random, telugu: false))
            {
                yield return message;
            }

            yield return ScriptedMessage.Typed("menu", One);
        }
    }

    /// <summary>A student on results day: greets, types "English", searches for a hall ticket or results.</summary>
    public static IEnumerable<ScriptedMessage> ResultsDay(Random random)
    {
        yield return ScriptedMessage.Typed("hi", One);
        yield return ScriptedMessage.Typed("English", PrivacyAndMenu);
        yield return ScriptedMessage.Typed(ResultsDaySearches[random.Next(ResultsDaySearches.Length)], One);
    }

    /// <summary>
    /// The ladder benchmark's citizen, whom ManaMitra and the reference bot both answer with exactly one reply a
    /// message: one who greets or asks, for ever, and never picks a language. Until a citizen has chosen one, whatever
    /// they type that names no language gets the language buttons again (FirstContact in Conversation.cs).
    /// </summary>
    public static IEnumerable<ScriptedMessage> Ladder(Random random)
    {
        while (true)
        {
            yield return ScriptedMessage.Typed(LadderWords[random.Next(LadderWords.Length)], One);
        }
    }

    /// <summary>An ordinary day: half Telugu, half English; each either searches or browses to a service, then returns to the menu.</summary>
    public static IEnumerable<ScriptedMessage> MixedDay(CatalogChoices catalog, Random random)
    {
        var telugu = random.Next(2) == 0;
        foreach (var message in Greeting(telugu))
        {
            yield return message;
        }
        if (random.Next(2) == 0)
        {
            var searches = telugu ? TeluguSearches : EnglishSearches;
            yield return ScriptedMessage.Typed(searches[random.Next(searches.Length)], One);
        }
        else
        {
            foreach (var message in Browse(catalog, random, telugu))
            {
                yield return message;
            }
        }

        yield return ScriptedMessage.Typed(telugu ? "మెనూ" : "menu", One);
    }

    /// <summary>
    /// A whole certificate application: greets, picks a language, finds a certificate by searching its name or by
    /// browsing department → service, taps Apply, answers every question (one of them wrongly first, which the form
    /// rejects and asks again), confirms, receives the outcome and the document, and returns to the menu.
    /// </summary>
    public static IEnumerable<ScriptedMessage> LongForm(CatalogChoices catalog, Random random)
    {
        var certificates = catalog.AllServices().Where(c => FormAnswers.CanAnswer(c.Service)).ToList();
        if (certificates.Count == 0)
        {
            throw new InvalidOperationException("The catalog has no certificate whose form a typed message can complete.");
        }

        var (department, service) = certificates[random.Next(certificates.Count)];
        var telugu = random.Next(2) == 0;
        foreach (var message in Greeting(telugu))
        {
            yield return message;
        }
        if (random.Next(2) == 0)
        {
            yield return ScriptedMessage.Typed(service.Title.In(telugu), One);
        }
        else
        {
            yield return ScriptedMessage.Row("menu:departments", telugu ? "శాఖలు" : "Departments", One);
            yield return ScriptedMessage.Row($"dept:{department.Id}", department.Title.In(telugu), One);
        }

        yield return ScriptedMessage.Row($"svc:{service.Id}", service.Title.In(telugu), One);
        // The first service asks for consent: the notice, and the question under it. Agreeing records it, then the
        // form's first question comes with its introduction, in one message.
        yield return ScriptedMessage.Button($"apply:{service.Id}", telugu ? "దరఖాస్తు" : "Apply", NoticeAndQuestion);
        yield return ScriptedMessage.Button($"agree:{catalog.ConsentNotice}:{service.Id}", telugu ? "అంగీకరిస్తున్నాను" : "I agree", RecordedAndQuestion);
        var mistaken = random.Next(service.Questions.Count);
        for (var i = 0; i < service.Questions.Count; i++)
        {
            if (i == mistaken)
            {
                yield return FormAnswers.Invalid(service.Questions[i]);
            }

            yield return FormAnswers.Valid(service.Questions[i], random);
        }

        yield return ScriptedMessage.Button("form:confirm", telugu ? "నిర్ధారించు" : "Confirm", OutcomeAndDocument);
        yield return ScriptedMessage.Typed(telugu ? "మెనూ" : "menu", One);
    }

    private static IEnumerable<ScriptedMessage> Browse(CatalogChoices catalog, Random random, bool telugu)
    {
        var department = catalog.PickDepartment(random);
        var service = department.PickService(random);
        yield return ScriptedMessage.Row("menu:departments", telugu ? "శాఖలు" : "Departments", One);
        yield return ScriptedMessage.Row($"dept:{department.Id}", department.Title.In(telugu), One);
        yield return ScriptedMessage.Row($"svc:{service.Id}", service.Title.In(telugu), One);
    }

    /// <summary>A greeting in the citizen's language and the tap on that language.</summary>
    private static IEnumerable<ScriptedMessage> Greeting(bool telugu)
    {
        yield return ScriptedMessage.Typed(telugu ? "నమస్కారం" : "hi", One);
        yield return telugu
            ? ScriptedMessage.Button("lang:te", "తెలుగు", PrivacyAndMenu)
            : ScriptedMessage.Button("lang:en", "English", PrivacyAndMenu);
    }
}
