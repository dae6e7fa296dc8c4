namespace ManaMitra.Languages;

/// <summary>
/// Words citizens write in amounts (<c>amounts.*</c>): currency words ("rupees"), the units ("lakh"), so "5 lakh"
/// reads as 500000 in any language, and the number words themselves, one key per number ("amounts.twenty":
/// ["twenty"]), so "two lakh fifty thousand" and "ఒక లక్ష యాభై వేలు" read too. Each key is named for what its
/// words mean; how they compose is the forms' grammar, not the files'.
/// </summary>
[TextSection("amounts")]
public sealed class AmountWords
{
    public required LocalizedWords Currency { get; init; }

    public required LocalizedWords Thousand { get; init; }

    public required LocalizedWords Lakh { get; init; }

    public required LocalizedWords Crore { get; init; }

    public required LocalizedWords Hundred { get; init; }

    /// <summary>"zero": an amount alone, refused as not positive rather than as not understood.</summary>
    public required LocalizedWords Zero { get; init; }

    public required LocalizedWords One { get; init; }

    public required LocalizedWords Two { get; init; }

    public required LocalizedWords Three { get; init; }

    public required LocalizedWords Four { get; init; }

    public required LocalizedWords Five { get; init; }

    public required LocalizedWords Six { get; init; }

    public required LocalizedWords Seven { get; init; }

    public required LocalizedWords Eight { get; init; }

    public required LocalizedWords Nine { get; init; }

    public required LocalizedWords Ten { get; init; }

    public required LocalizedWords Eleven { get; init; }

    public required LocalizedWords Twelve { get; init; }

    public required LocalizedWords Thirteen { get; init; }

    public required LocalizedWords Fourteen { get; init; }

    public required LocalizedWords Fifteen { get; init; }

    public required LocalizedWords Sixteen { get; init; }

    public required LocalizedWords Seventeen { get; init; }

    public required LocalizedWords Eighteen { get; init; }

    public required LocalizedWords Nineteen { get; init; }

    public required LocalizedWords Twenty { get; init; }

    public required LocalizedWords Thirty { get; init; }

    public required LocalizedWords Forty { get; init; }

    public required LocalizedWords Fifty { get; init; }

    public required LocalizedWords Sixty { get; init; }

    public required LocalizedWords Seventy { get; init; }

    public required LocalizedWords Eighty { get; init; }

    public required LocalizedWords Ninety { get; init; }

    /// <summary>"and" between parts of a number ("one lakh and fifty thousand"); may be empty.</summary>
    public required LocalizedWords And { get; init; }

    /// <summary>"a": one, but only right before a hundred, thousand, lakh or crore ("a lakh"); may be empty.</summary>
    public required LocalizedWords Article { get; init; }
}
