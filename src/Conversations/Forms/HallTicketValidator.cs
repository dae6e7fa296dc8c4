using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// The rule: 8 to 12 letters and digits with at least one digit, upper-cased, spaces and dashes ignored. SSC and
/// Intermediate hall tickets print 10 digits, which this accepts; other boards and recruitment exams mix in letters
/// (e.g. "AP24SSC1234"), so the board's own system, not this check, decides whether the ticket exists.
/// </summary>
public sealed class HallTicketValidator(FormText reasons) : IFieldValidator
{
    public const int MinLength = 8;
    public const int MaxLength = 12;

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text
            || Typed.Compact(text, "-/").ToUpperInvariant() is var ticket && !ticket.All(char.IsAsciiLetterOrDigit))
        {
            return new Rejected(reasons.HallTicketType);
        }

        if (ticket.Length is < MinLength or > MaxLength)
        {
            return new Rejected(reasons.HallTicketLength.Fill(ticket.Length));
        }

        return ticket.Any(char.IsAsciiDigit) ? new Accepted(ticket, ticket) : new Rejected(reasons.HallTicketNoDigit);
    }
}
