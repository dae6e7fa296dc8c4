using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Rupees as citizens write them: "₹1,20,000", "Rs. 120000/-", "120000.50", "1.2 lakh", "2 crore", "5 వేలు".
/// Commas are dropped wherever they sit (Indian and Western grouping both occur). Positive, at most ₹10 crore,
/// at most two decimals (paise). Normalised to plain rupees ("120000.5"); shown back in Indian grouping.
/// </summary>
public sealed partial class AmountValidator : IFieldValidator
{
    public static readonly decimal Maximum = 10m * Crore;

    private const decimal Lakh = 100_000m;
    private const decimal Crore = 10_000_000m;

    private static readonly string[] CurrencyMarks = ["₹", "rs.", "rs", "inr", "rupees", "rupee", "/-", "రూ.", "రూపాయలు", "రూపాయి"];

    private static readonly Dictionary<string, decimal> Units = new(StringComparer.Ordinal)
    {
        [""] = 1m,
        ["thousand"] = 1_000m,
        ["k"] = 1_000m,
        ["వేలు"] = 1_000m,
        ["వేల"] = 1_000m,
        ["lakh"] = Lakh,
        ["lakhs"] = Lakh,
        ["lac"] = Lakh,
        ["lacs"] = Lakh,
        ["l"] = Lakh,
        ["లక్ష"] = Lakh,
        ["లక్షలు"] = Lakh,
        ["crore"] = Crore,
        ["crores"] = Crore,
        ["cr"] = Crore,
        ["కోటి"] = Crore,
        ["కోట్లు"] = Crore,
    };

    [GeneratedRegex(@"^(?<sign>-?)(?<number>\d[\d,]*(?:\.\d+)?|\.\d+)(?<unit>\D*)$")]
    private static partial Regex Shape();

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text
            || Shape().Match(WithoutCurrency(Typed.Compact(text.ToLowerInvariant(), ""))) is not { Success: true } match
            || !Units.TryGetValue(match.Groups["unit"].Value, out var unit)
            || !decimal.TryParse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new Rejected(FormText.AmountType);
        }

        var rupees = number * unit;
        if (match.Groups["sign"].Value == "-" || rupees == 0)
        {
            return new Rejected(FormText.AmountNotPositive);
        }

        if (rupees > Maximum)
        {
            return new Rejected(FormText.AmountTooLarge);
        }

        return decimal.Round(rupees, 2) != rupees
            ? new Rejected(FormText.AmountPaise)
            : new Accepted(rupees.ToString("0.##", CultureInfo.InvariantCulture), "₹" + IndianGrouping(rupees));
    }

    /// <summary>Indian digit grouping: the last three digits, then pairs (1,20,000 and 10,00,00,000).</summary>
    public static string IndianGrouping(decimal rupees)
    {
        var whole = decimal.Truncate(rupees).ToString(CultureInfo.InvariantCulture);
        var grouped = new StringBuilder();
        var head = whole.Length > 3 ? whole[..^3] : "";
        for (var i = 0; i < head.Length; i++)
        {
            grouped.Append(head[i]);
            if ((head.Length - i) % 2 == 1)
            {
                grouped.Append(',');
            }
        }

        grouped.Append(whole.Length > 3 ? whole[^3..] : whole);
        var paise = rupees - decimal.Truncate(rupees);
        return paise == 0 ? grouped.ToString() : grouped + paise.ToString(".00", CultureInfo.InvariantCulture);
    }

    private static string WithoutCurrency(string compact)
    {
        foreach (var mark in CurrencyMarks)
        {
            compact = compact.Replace(mark, "", StringComparison.Ordinal);
        }

        return compact;
    }
}
