using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ManaMitra.Languages;

/// <summary>
/// Reads <c>languages/&lt;code&gt;.json</c> for every language the catalog offers and refuses a defective set the
/// way the catalog refuses a defective department: each defect names the file and the key, all of them at once.
/// A file must hold every key the code names (its <see cref="TextSectionAttribute">sections</see>) and no other, and
/// a text must use the same <c>{0}</c>, <c>{1}</c>… in every language.
/// </summary>
public static class LanguageFiles
{
    public const string Folder = "languages";

    private static readonly Type[] Sections =
        [typeof(LanguageText), typeof(CommandWords), typeof(AmountWords), typeof(DateWords), typeof(UiText), typeof(PrivacyText), typeof(FormText), typeof(DepartmentText), typeof(DocumentText), typeof(VerificationText), typeof(ConsoleText), typeof(PaymentPageText), typeof(OtpText)];

    private static readonly IReadOnlyList<TextKey> Keys = Sections.SelectMany(TextKey.Of).ToList();

    /// <param name="directory">The catalog folder; the files are in its <see cref="Folder"/>.</param>
    /// <param name="root">The catalog folder's name, to name files as an official sees them ("catalog/languages/te.json").</param>
    /// <returns>The texts, or null when any defect was added to <paramref name="errors"/>.</returns>
    public static Texts? Load(string directory, string root, LanguageSettings settings, List<string> errors)
    {
        var before = errors.Count;
        var files = new Dictionary<string, LanguageFile>(StringComparer.Ordinal);
        foreach (var language in settings.Offered)
        {
            var name = $"{root}/{Folder}/{language}.json";
            var path = Path.Combine(directory, Folder, language + ".json");
            if (!File.Exists(path))
            {
                errors.Add($"{name}: not found (catalog.json offers \"{language}\")");
            }
            else if (JsonFile.Read(path, name, LanguageFileContext.Default.DictionaryStringJsonElement, errors) is { } values)
            {
                files[language] = new LanguageFile(name, values);
                CheckKeys(files[language], errors);
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        CheckPlaceholders(files, files[settings.Fallback], errors);
        CheckWords(settings, files, errors);
        var scripts = Scripts(settings, files, errors);
        return errors.Count > before ? null : Build(settings, files, scripts);
    }

    private static void CheckKeys(LanguageFile file, List<string> errors)
    {
        foreach (var key in file.Values.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            errors.Add($"{file.Name}: {key} is not a known key");
        }

        foreach (var key in Keys)
        {
            if (!file.Values.TryGetValue(key.Key, out var value))
            {
                errors.Add($"{file.Name}: {key.Key} is missing");
            }
            else if (key.IsWords)
            {
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add($"{file.Name}: {key.Key} must be a list of words, like [\"menu\", \"hi\"]");
                    continue;
                }

                var i = 0;
                foreach (var word in value.EnumerateArray())
                {
                    if (word.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(word.GetString()))
                    {
                        errors.Add($"{file.Name}: {key.Key}[{i}] is not a word");
                    }

                    i++;
                }
            }
            else if (value.ValueKind != JsonValueKind.String)
            {
                errors.Add($"{file.Name}: {key.Key} must be a text in quotes");
            }
            else if (string.IsNullOrWhiteSpace(value.GetString()))
            {
                errors.Add($"{file.Name}: {key.Key} is blank");
            }
        }
    }

    // The fallback language's file is the reference: a translation must fill the same blanks.
    private static void CheckPlaceholders(Dictionary<string, LanguageFile> files, LanguageFile reference, List<string> errors)
    {
        foreach (var key in Keys.Where(k => !k.IsWords))
        {
            var expected = Placeholders.Of(reference.Text(key.Key), out _);
            foreach (var file in files.Values)
            {
                if (Placeholders.Of(file.Text(key.Key), out var defect) is not { } found)
                {
                    errors.Add($"{file.Name}: {key.Key} has {defect}");
                }
                else if (expected is not null && file != reference && !found.SetEquals(expected))
                {
                    errors.Add($"{file.Name}: {key.Key} has placeholders {Placeholders.Describe(found)} but {reference.Name} has {Placeholders.Describe(expected)}");
                }
            }
        }
    }

    // A word that meant two things would do whichever was checked first.
    private static void CheckWords(LanguageSettings settings, Dictionary<string, LanguageFile> files, List<string> errors)
    {
        var meanings = new Dictionary<string, (string Meaning, string File)>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in settings.Offered)
        {
            var file = files[language];
            foreach (var key in Keys.Where(k => k.IsWords))
            {
                // A command or number word means its key in every language; a language's name chooses that language only.
                var meaning = key.Key == LanguageWordsKey ? $"a word for \"{language}\"" : key.Key;
                foreach (var word in file.Words(key.Key))
                {
                    if (!meanings.TryAdd(word, (meaning, file.Name)) && meanings[word].Meaning != meaning)
                    {
                        errors.Add($"{file.Name}: {key.Key} \"{word}\" is already {meanings[word].Meaning} in {meanings[word].File}");
                    }
                }
            }
        }
    }

    private static Dictionary<string, UnicodeRange> Scripts(LanguageSettings settings, Dictionary<string, LanguageFile> files, List<string> errors)
    {
        var scripts = new Dictionary<string, UnicodeRange>(StringComparer.Ordinal);
        foreach (var language in settings.Offered)
        {
            var name = files[language].Text(LanguageScriptKey);
            if (typeof(UnicodeRanges).GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is UnicodeRange range)
            {
                scripts[language] = range;
            }
            else
            {
                errors.Add($"{files[language].Name}: {LanguageScriptKey} \"{name}\" is not a Unicode block name such as Telugu, Devanagari or BasicLatin");
            }
        }

        return scripts;
    }

    private static Texts Build(LanguageSettings settings, Dictionary<string, LanguageFile> files, Dictionary<string, UnicodeRange> scripts)
    {
        object Value(TextKey key) => key.IsWords
            ? new LocalizedWords(settings.TextOrder.Select(l => KeyValuePair.Create(l, files[l].Words(key.Key))).ToList())
            : new LocalizedText(settings.TextOrder.Select(l => KeyValuePair.Create(l, files[l].Text(key.Key))));

        var language = TextKey.Bind<LanguageText>(Value);
        return new Texts
        {
            Languages = settings.Offered.Select(l => new Language(l, language.Name.In(l), language.Words.In(l), language.Script.In(l), scripts[l])).ToList(),
            FallbackLanguage = settings.Fallback,
            DocumentLanguages = settings.Documents,
            Ui = TextKey.Bind<UiText>(Value),
            Privacy = TextKey.Bind<PrivacyText>(Value),
            Forms = TextKey.Bind<FormText>(Value),
            Departments = TextKey.Bind<DepartmentText>(Value),
            Documents = TextKey.Bind<DocumentText>(Value),
            Verification = TextKey.Bind<VerificationText>(Value),
            Console = TextKey.Bind<ConsoleText>(Value),
            PaymentPage = TextKey.Bind<PaymentPageText>(Value),
            Otp = TextKey.Bind<OtpText>(Value),
            Commands = TextKey.Bind<CommandWords>(Value),
            Amounts = TextKey.Bind<AmountWords>(Value),
            Dates = TextKey.Bind<DateWords>(Value),
        };
    }

    private static readonly HashSet<string> KnownKeys = Keys.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);

    private static readonly string LanguageScriptKey = KeyOf(nameof(LanguageText.Script));

    private static readonly string LanguageWordsKey = KeyOf(nameof(LanguageText.Words));

    private static string KeyOf(string languageProperty) =>
        TextKey.Of(typeof(LanguageText)).Single(k => k.Property.Name == languageProperty).Key;

    private sealed record LanguageFile(string Name, Dictionary<string, JsonElement> Values)
    {
        public string Text(string key) => Values[key].GetString()!;

        public IReadOnlyList<string> Words(string key) => Values[key].EnumerateArray().Select(w => w.GetString()!).ToList();
    }
}

// A repeated key would silently keep only its last text.
[JsonSourceGenerationOptions(AllowDuplicateProperties = false)]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class LanguageFileContext : JsonSerializerContext
{
}
