using System.Globalization;
using System.Text;

namespace ManaMitra.Languages;

/// <summary>
/// Money as Indians write it, the one way the chat and the documents print an amount: the rupee sign, Indian digit
/// grouping (the last three digits, then pairs: ₹1,20,000 and ₹10,00,00,000), and paise only when there are any
/// (₹196.55, never ₹120000.00).
/// </summary>
public static class Rupees
{
    public static string Format(decimal rupees)
    {
        var sign = rupees < 0 ? "-" : "";
        // Amounts are kept to the paisa; rounding first keeps 0.999 from printing as ".100".
        rupees = decimal.Round(Math.Abs(rupees), 2);
        var whole = decimal.Truncate(rupees).ToString(CultureInfo.InvariantCulture);
        var grouped = new StringBuilder("₹");
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
        return sign + (paise == 0 ? grouped.ToString() : grouped + paise.ToString(".00", CultureInfo.InvariantCulture));
    }
}
