using System.Globalization;
using System.Text;

namespace ManaMitra.Departments.Handlers;

/// <summary>A UPI deep link (NPCI's <c>upi://pay</c>) that any UPI app opens with the payee, amount and reference filled in.</summary>
public static class UpiLink
{
    // UPI apps cut or refuse long notes; the reference (tr) carries what matters.
    private const int NoteLength = 50;

    public static string For(string payeeVpa, string payeeName, decimal amount, string reference, string note)
    {
        var link = new StringBuilder("upi://pay");
        Append(link, '?', "pa", payeeVpa);
        Append(link, '&', "pn", payeeName);
        Append(link, '&', "am", amount.ToString("0.00", CultureInfo.InvariantCulture));
        Append(link, '&', "tr", reference);
        Append(link, '&', "tn", note.Length > NoteLength ? note[..NoteLength] : note);
        Append(link, '&', "cu", "INR");
        return link.ToString();
    }

    private static void Append(StringBuilder link, char separator, string name, string value) =>
        link.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
}
