using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Outcomes;

/// <summary>
/// A booking's ticket. It is written when the citizen submits, but its place numbers are the slot's and its date of
/// issue is the booking's: a free booking at once, a paid one when the payment is captured.
/// </summary>
public static class Tickets
{
    public static ServiceOutcome Issue(ServiceOutcome ticket, IReadOnlyList<int> places, DateTimeOffset issuedAt, DepartmentText text)
    {
        IReadOnlyList<OutcomeField> fields = [.. ticket.Fields, text.PlaceNumbers.Field(string.Join(", ", places))];
        return ticket with
        {
            Status = OutcomeStatus.Completed,
            Fields = fields,
            Document = ticket.Document is { } document ? document with { Fields = fields, IssuedAt = issuedAt } : null,
        };
    }
}
