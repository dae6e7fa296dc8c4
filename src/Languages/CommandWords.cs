namespace ManaMitra.Languages;

/// <summary>
/// The words that work anywhere in the conversation (<c>commands.*</c>). Every language's words work
/// whatever language the citizen chose: a citizen who chose Telugu may still type "menu".
/// </summary>
[TextSection("commands")]
public sealed class CommandWords
{
    public required LocalizedWords Menu { get; init; }

    public required LocalizedWords Back { get; init; }

    public required LocalizedWords Help { get; init; }

    public required LocalizedWords Language { get; init; }

    public required LocalizedWords Stop { get; init; }

    public required LocalizedWords Start { get; init; }

    /// <summary>Withdraws the citizen's consent; as easy as giving it, as the DPDP Act asks.</summary>
    public required LocalizedWords Withdraw { get; init; }

    /// <summary>Shows the citizen what is held about them.</summary>
    public required LocalizedWords MyData { get; init; }

    /// <summary>Asks to erase what is held about the citizen (confirmed before it is done).</summary>
    public required LocalizedWords Erase { get; init; }
}
