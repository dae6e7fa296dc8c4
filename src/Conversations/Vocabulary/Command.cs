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
}

public static class Commands
{
    // Citizens greet in many ways; every greeting means "show me the menu". Telugu words sit beside the English
    // ones because a citizen who chose Telugu types Telugu.
    private static readonly Dictionary<string, Command> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hi"] = Command.Menu,
        ["hii"] = Command.Menu,
        ["hello"] = Command.Menu,
        ["hey"] = Command.Menu,
        ["namaste"] = Command.Menu,
        ["namaskaram"] = Command.Menu,
        ["menu"] = Command.Menu,
        ["0"] = Command.Menu,
        ["నమస్కారం"] = Command.Menu,
        ["నమస్తే"] = Command.Menu,
        ["హాయ్"] = Command.Menu,
        ["మెనూ"] = Command.Menu,
        ["మెను"] = Command.Menu,
        ["back"] = Command.Back,
        ["వెనుకకు"] = Command.Back,
        ["వెనక్కి"] = Command.Back,
        ["help"] = Command.Help,
        ["సహాయం"] = Command.Help,
        ["language"] = Command.Language,
        ["bhasha"] = Command.Language,
        ["భాష"] = Command.Language,
        ["stop"] = Command.Stop,
        ["unsubscribe"] = Command.Stop,
        ["ఆపు"] = Command.Stop,
        ["ఆపండి"] = Command.Stop,
        ["start"] = Command.Start,
        ["ప్రారంభించు"] = Command.Start,
        ["ప్రారంభం"] = Command.Start,
    };

    public static Command Recognize(string? text) =>
        text is null ? Command.None : Words.GetValueOrDefault(Typed.Normalize(text), Command.None);
}
