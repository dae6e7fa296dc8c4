namespace ManaMitra.Languages;

/// <summary>
/// Words citizens write in amounts (<c>amounts.*</c>): currency words ("rupees") and number words ("lakh"),
/// so "5 lakh" reads as 500000 in any language.
/// </summary>
[TextSection("amounts")]
public sealed class AmountWords
{
    public required LocalizedWords Currency { get; init; }

    public required LocalizedWords Thousand { get; init; }

    public required LocalizedWords Lakh { get; init; }

    public required LocalizedWords Crore { get; init; }
}
