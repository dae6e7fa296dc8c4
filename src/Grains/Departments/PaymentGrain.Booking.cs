using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Languages;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Grains.Departments;

/// <summary>
/// A payment that buys a booking's places (<see cref="PaymentOrder.Booking"/>): its capture confirms them and issues
/// the ticket, and the citizen may cancel it for the refund the service's tiers give.
/// </summary>
public sealed partial class PaymentGrain
{
    /// <summary>Who withdraws a cancelled ticket, in its registry entry.</summary>
    public const string CancelledBy = "the ticket holder";

    public Task<BookingCancellation> QuoteCancellation() => Task.FromResult(state.State.Cancellation ?? Quote());

    public async Task<BookingCancellation> CancelBooking()
    {
        var payment = state.State;
        if (payment.Cancellation is { } done)
        {
            return done;
        }

        var quote = Quote();
        if (quote.Verdict != CancellationVerdict.Allowed || payment is not { Order: { Booking: { } booking } order, PaidOrderId: { } orderId })
        {
            return quote;
        }

        // Places, money, ticket, then the record: a crash before the record repeats steps that are each harmless twice
        // (a release of released places, a refund the gateway has made already, a revocation that stands).
        await Slot(booking).Release(booking.Request.RequestId);
        if (quote.Refund > 0)
        {
            if (!await gateway.Refund(orderId, Paise(quote.Refund)))
            {
                throw new InvalidOperationException($"Payment {order.Reference}: the gateway refused the refund of a cancelled booking.");
            }

            payment.Status = PaymentStatus.Refunded;
        }

        if (booking.Ticket.Document is { } ticket)
        {
            await GrainFactory.GetGrain<ICertificateGrain>(ticket.Id).Revoke("Booking cancelled", CancelledBy);
        }

        var cancelled = quote with { Verdict = CancellationVerdict.Cancelled };
        payment.Cancellation = cancelled;
        await Persist();
        if (quote.Refund > 0)
        {
            reporting.Refunded(payment, quote.Refund);
        }

        LogCancelled(order.Reference, quote.RefundPercent);
        return cancelled;
    }

    /// <summary>What cancelling now would give back: only a captured booking with its places confirmed can be cancelled.</summary>
    private BookingCancellation Quote()
    {
        if (state.State is not { Order: { Booking: { } booking } order, Status: PaymentStatus.Captured, Places: not null })
        {
            return new BookingCancellation(CancellationVerdict.NothingToCancel);
        }

        if (Policy(order) is not { Cancellation.Count: > 0 } service)
        {
            return new BookingCancellation(CancellationVerdict.Final);
        }

        return Cancellations.RefundPercent(service, booking.StartsAt - time.GetUtcNow()) is { } percent
            ? new BookingCancellation(CancellationVerdict.Allowed, decimal.Round(order.Amount * percent / 100m, 2, MidpointRounding.ToZero), percent)
            : new BookingCancellation(CancellationVerdict.TooLate);
    }

    /// <summary>The service as the catalog has it now: a changed policy applies to cancellations from then on.</summary>
    private Service? Policy(PaymentOrder? order) => order is null ? null : catalog.FindService(order.ServiceId)?.Service;

    private static long Paise(decimal rupees) => (long)decimal.Round(rupees * 100m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The places paid for become a booking and the ticket is issued; paid too late for a slot that has filled, the
    /// money goes back and the citizen is told. Confirming again after a crash gives the same places.
    /// </summary>
    private async Task<ServiceOutcome> Ticket(PaymentOrder order, BookingHold booking)
    {
        if (state.State.Status == PaymentStatus.Captured)
        {
            var confirmed = await Slot(booking).Confirm(booking.Request);
            if (confirmed.Booked)
            {
                // Kept with the notice's flag (written once the citizen has the ticket): the view shows the ticket.
                state.State.Places = [.. confirmed.Places];
                return IssuedReceipt()!;
            }

            LogHoldLost(order.Reference);
            if (!await Refund())
            {
                // Left captured: the next reminder tries the refund again before anyone is told it is on its way.
                throw new InvalidOperationException($"Payment {order.Reference}: the gateway refused the refund of a booking that has no places.");
            }
        }

        return new ServiceOutcome
        {
            Status = OutcomeStatus.Declined,
            Reference = order.Reference,
            Message = Text.HoldLost.Fill(Rupees.Format(order.Amount), order.ServiceName),
        };
    }

    private ISlotGrain Slot(BookingHold booking) => GrainFactory.GetGrain<ISlotGrain>(booking.SlotKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {Reference}: paid after its hold lapsed and the slot filled; refunding")]
    private partial void LogHoldLost(string reference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {Reference} cancelled by its holder; {Percent}% refunded")]
    private partial void LogCancelled(string reference, int percent);
}
