using System.Text.Json.Nodes;
using ManaMitra.Catalog;
using ManaMitra.Catalog.Templates;
using ManaMitra.Languages;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// The chat cluster on a copy of the shipped catalog that also offers Hindi, added the way an official would add
/// it: one more code in <c>catalog.json</c>, a <c>languages/hi.json</c> (the English file with a few texts
/// translated: whatever is not yet translated stays English) and Hindi beside the English and Telugu of one
/// department and one service. No code knows Hindi.
/// </summary>
public sealed class ThirdLanguageCluster() : ChatCluster(new Dictionary<string, string?> { ["ManaMitra:CatalogDirectory"] = CatalogFolder })
{
    public const string Hindi = "hi";

    private static readonly Dictionary<string, JsonNode> HindiTexts = new()
    {
        ["language.name"] = "हिन्दी",
        ["language.script"] = "Devanagari",
        ["language.words"] = new JsonArray("hindi", "हिन्दी"),
        ["commands.menu"] = new JsonArray("मेनू", "नमस्ते"),
        ["commands.back"] = new JsonArray("पीछे"),
        ["commands.help"] = new JsonArray("मदद"),
        ["commands.language"] = new JsonArray("भाषा"),
        ["commands.stop"] = new JsonArray("रुको"),
        ["commands.start"] = new JsonArray("शुरू"),
        ["dates.today"] = new JsonArray("आज"),
        ["dates.tomorrow"] = new JsonArray("कल"),
        ["dates.day-after-tomorrow"] = new JsonArray("परसों"),
        ["dates.monday"] = new JsonArray("सोमवार"),
        ["dates.tuesday"] = new JsonArray("मंगलवार"),
        ["dates.wednesday"] = new JsonArray("बुधवार"),
        ["dates.thursday"] = new JsonArray("गुरुवार"),
        ["dates.friday"] = new JsonArray("शुक्रवार"),
        ["dates.saturday"] = new JsonArray("शनिवार"),
        ["dates.sunday"] = new JsonArray("रविवार"),
        ["amounts.currency"] = new JsonArray("रुपये"),
        ["amounts.thousand"] = new JsonArray("हज़ार"),
        ["amounts.lakh"] = new JsonArray("लाख"),
        ["amounts.crore"] = new JsonArray("करोड़"),
        ["amounts.hundred"] = new JsonArray("सौ"),
        ["amounts.zero"] = new JsonArray("शून्य"),
        ["amounts.one"] = new JsonArray("एक"),
        ["amounts.two"] = new JsonArray("दो"),
        ["amounts.three"] = new JsonArray("तीन"),
        ["amounts.four"] = new JsonArray("चार"),
        ["amounts.five"] = new JsonArray("पाँच", "पांच"),
        ["amounts.six"] = new JsonArray("छह"),
        ["amounts.seven"] = new JsonArray("सात"),
        ["amounts.eight"] = new JsonArray("आठ"),
        ["amounts.nine"] = new JsonArray("नौ"),
        ["amounts.ten"] = new JsonArray("दस"),
        ["amounts.eleven"] = new JsonArray("ग्यारह"),
        ["amounts.twelve"] = new JsonArray("बारह"),
        ["amounts.thirteen"] = new JsonArray("तेरह"),
        ["amounts.fourteen"] = new JsonArray("चौदह"),
        ["amounts.fifteen"] = new JsonArray("पंद्रह"),
        ["amounts.sixteen"] = new JsonArray("सोलह"),
        ["amounts.seventeen"] = new JsonArray("सत्रह"),
        ["amounts.eighteen"] = new JsonArray("अठारह"),
        ["amounts.nineteen"] = new JsonArray("उन्नीस"),
        // Hindi's 21–99 are words of their own (पच्चीस, not "बीस पाँच"); only the tens are listed here.
        ["amounts.twenty"] = new JsonArray("बीस"),
        ["amounts.thirty"] = new JsonArray("तीस"),
        ["amounts.forty"] = new JsonArray("चालीस"),
        ["amounts.fifty"] = new JsonArray("पचास"),
        ["amounts.sixty"] = new JsonArray("साठ"),
        ["amounts.seventy"] = new JsonArray("सत्तर"),
        ["amounts.eighty"] = new JsonArray("अस्सी"),
        ["amounts.ninety"] = new JsonArray("नब्बे"),
        ["amounts.and"] = new JsonArray("और"),
        ["amounts.article"] = new JsonArray(),
        ["ui.welcome"] = "मनमित्र में आपका स्वागत है — सरकार की व्हाट्सऐप सेवा।",
        ["ui.choose-language"] = "कृपया अपनी भाषा चुनें।",
        ["ui.privacy"] = "हम आपके संदेशों का उपयोग केवल आपकी माँगी गई सेवाएँ देने के लिए करते हैं। हम कभी आपका OTP या PIN नहीं माँगते।",
        ["ui.language-set"] = "भाषा हिन्दी कर दी गई है।",
        ["ui.main-menu-body"] = "मुख्य मेनू — आप क्या करना चाहेंगे?",
        ["ui.menu-button"] = "मेनू",
        ["ui.choose-button"] = "चुनें",
        ["ui.departments"] = "विभाग",
        ["ui.departments-hint"] = "सभी {0} विभाग देखें",
        ["ui.department-body"] = "{0}: एक सेवा चुनें ({1}/{2})।",
        ["ui.fee"] = "शुल्क: {0}",
        ["ui.sla"] = "{0} दिनों में दिया जाएगा",
        ["ui.you-will-need"] = "आपको चाहिए:",
        ["ui.needs-aadhaar"] = "आधार नंबर",
        ["ui.back"] = "वापस",
        ["ui.main-menu"] = "मुख्य मेनू",
        ["ui.start-issue-certificate"] = "आवेदन करें",
        ["forms.understood"] = "आपके संदेश से:\n{0}",
        ["forms.intro"] = "*{0}*\nमैं आपसे {1} प्रश्न पूछूँगा। पिछला उत्तर बदलने के लिए कभी भी BACK भेजें।",
        ["forms.position"] = "प्रश्न {0}/{1}",
    };

    private static readonly Dictionary<string, string> HindiBodies = new()
    {
        ["application_approved"] = "खुशखबरी: आपका आवेदन {{1}} ({{2}}) स्वीकृत हो गया है। आगे बढ़ने के लिए कोई भी संदेश भेजें या मुख्य मेनू दबाएँ।",
        ["application_rejected"] = "आपका आवेदन {{1}} ({{2}}) स्वीकृत नहीं हुआ। कार्यालय द्वारा बताया गया कारण: {{3}}। इसे ठीक करने के बाद फिर से आवेदन कर सकते हैं।",
        ["application_returned"] = "आपका आवेदन {{1}} ({{2}}) सुधार के लिए लौटाया गया है। कार्यालय का कहना है: {{3}}। कृपया सुधार कर फिर से जमा करें।",
        ["document_ready"] = "आपका {{1}} (संख्या {{2}}) तैयार है। यहाँ डाउनलोड करें: {{3}}\n\nलिंक की अवधि समाप्त हो गई हो तो नए लिंक के लिए मेरे दस्तावेज़ दबाएँ।",
        ["service_update"] = "मनमित्र पर आपके अनुरोध के बारे में नई जानकारी:\n\n{{1}}\n\nआगे बढ़ने के लिए कोई भी संदेश भेजें या मुख्य मेनू दबाएँ।",
        ["appeal_rejected"] = "आवेदन {{1}} ({{2}}) पर आपकी अपील स्वीकार नहीं हुई। वरिष्ठ अधिकारी द्वारा बताया गया कारण: {{3}}। यही अंतिम निर्णय है।",
    };

    private static readonly Dictionary<string, string> HindiButtons = new()
    {
        ["nav:menu"] = "मुख्य मेनू",
        ["menu:documents"] = "मेरे दस्तावेज़",
        ["appeal:{reference}"] = "अपील करें",
        ["fix:{reference}"] = "सुधार भेजें",
    };

    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "manamitra-hindi-" + Guid.NewGuid().ToString("N"));

    // Written once, before the fixture (and its silo) exists.
    private static string CatalogFolder { get; } = Written(Path.Combine(Parent, "catalog"));

    /// <summary>The copy as the silo loaded it.</summary>
    public ServiceCatalog Catalog { get; } = CatalogLoader.Load(CatalogFolder);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Parent, recursive: true);
    }

    private static string Written(string folder)
    {
        Copy(CatalogLoader.DefaultDirectory, folder);
        Edit(Path.Combine(folder, CatalogLoader.ManifestFileName), manifest => manifest["languages"]!.AsArray().Add(Hindi));
        Edit(Path.Combine(folder, LanguageFiles.Folder, "en.json"), english =>
        {
            foreach (var (key, text) in HindiTexts)
            {
                english[key] = text.DeepClone();
            }
        }, Path.Combine(folder, LanguageFiles.Folder, Hindi + ".json"));
        Edit(Path.Combine(folder, "departments", "revenue.json"), revenue =>
        {
            revenue["name"]![Hindi] = "राजस्व";
            revenue["description"]![Hindi] = "प्रमाण पत्र और भूमि अभिलेख";
            var income = revenue["services"]!.AsArray().Single(s => (string?)s!["id"] == "income-certificate")!;
            income["name"]![Hindi] = "आय प्रमाण पत्र";
            income["description"]![Hindi] = "छात्रवृत्ति के लिए परिवार की आय का प्रमाण";
            income["inputs"]![0]!["prompt"]![Hindi] = "अपना 12 अंकों का आधार नंबर दर्ज करें।";
        });
        // Meta sends a template only in a language it approved, so every template needs its Hindi too.
        Edit(Path.Combine(folder, TemplateLoader.FileName), file =>
        {
            foreach (var template in file["templates"]!.AsArray())
            {
                template!["body"]![Hindi] = HindiBodies[(string)template["name"]!];
                foreach (var button in template["buttons"]?.AsArray() ?? [])
                {
                    button!["text"]![Hindi] = HindiButtons[(string)button["payload"]!];
                }
            }
        });
        return folder;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static void Edit(string path, Action<JsonObject> change, string? saveAs = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(saveAs ?? path, json.ToJsonString());
    }
}
