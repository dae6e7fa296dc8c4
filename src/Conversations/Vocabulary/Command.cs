using ManaMitra.Languages;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>The words that work anywhere in the conversation, whatever step the citizen is on.</summary>
public enum Command
{
    None,
    Menu,
    Back,
    Help,
    Language,
    Stop,
    Start,
    Withdraw,
    MyData,
    Erase,
}

/// <summary>
/// Recognises the commands in every offered language at once (<c>commands.*</c> of the language files): a citizen
/// who chose Telugu may type "menu", one who chose English may greet in Telugu, and every greeting means "show me
/// the menu".
/// </summary>
public sealed class Commands
{
    // A digit is no language's word: 0 is the menu in every language, as the help text says.
    private const string MenuDigit = "0";

    private readonly Dictionary<string, Command> _words = new(StringComparer.OrdinalIgnoreCase) { [MenuDigit] = Command.Menu };

    public Commands(CommandWords words)
    {
        foreach (var (list, command) in new[]
        {
            (words.Menu, Command.Menu), (words.Back, Command.Back), (words.Help, Command.Help),
            (words.Language, Command.Language), (words.Stop, Command.Stop), (words.Start, Command.Start),
            (words.Withdraw, Command.Withdraw), (words.MyData, Command.MyData), (words.Erase, Command.Erase),
        })
        {
            foreach (var word in list.All)
            {
                // The language files were checked: no word names two commands.
                _words.TryAdd(Typed.Normalize(word), command);
            }
        }
    }

    public Command Recognize(string? text) =>
        text is null ? Command.None : _words.GetValueOrDefault(Typed.Normalize(text), Command.None);
}
