using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Where a booking stands, read from the payment that buys it: held for payment, not paid, confirmed, cancelled or
/// refunded; with its ticket's lines, and the "Cancel booking" button while the service's tiers still allow it.
/// </summary>
public static class BookingStatusOutcome
{
    public static ServiceOutcome For(PaymentView view, BookingHold booking, BookingCancellation quote, DepartmentText text)
    {
        var order = view.Order;
        var stage = (view, quote.Verdict) switch
        {
            (_, CancellationVerdict.Cancelled) => text.BookingCancelledStage.Fill(Rupees.Format(quote.Refund)),
            ({ Status: PaymentStatus.Created or PaymentStatus.Pending, ExpiresAt: { } until }, _) => text.BookingHeld.Fill(Dates.Time(until), Rupees.Format(order.Amount)),
            ({ Status: PaymentStatus.Failed or PaymentStatus.Expired }, _) => text.BookingUnpaid,
            // Paid after its places were gone: the money went back and no ticket was issued.
            ({ Status: PaymentStatus.Refunded }, _) => text.BookingRefunded,
            _ => text.BookingConfirmed,
        };
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = order.Reference,
            Message = text.BookingStatus.Fill(order.Reference, order.ServiceName, stage),
            Fields = view.Receipt?.Fields ?? booking.Ticket.Fields,
            Cancellable = quote.Verdict == CancellationVerdict.Allowed,
        };
    }
}
