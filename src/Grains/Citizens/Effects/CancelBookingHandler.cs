using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// The "Cancel booking" button under a ticket: first the refund the service's tiers give now, with "Yes, cancel" and
/// "Keep booking"; then, confirmed, the cancellation itself, decided again by the payment at that moment. Another
/// citizen's booking is answered as if there were none.
/// </summary>
public sealed class CancelBookingHandler(IGrainFactory grains, ServiceCatalog catalog, Conversation conversation) : EffectHandler<CancelBooking>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(CancelBooking effect, ChatSession session)
    {
        var language = conversation.LanguageOf(session);
        var text = catalog.Texts.Departments;
        var payment = grains.GetGrain<IPaymentGrain>(effect.Reference);
        if (await payment.View() is not { Order: { Booking: not null } order } || order.CitizenId != effect.CitizenId)
        {
            return [new TextReply(text.NothingToCancel.In(language))];
        }

        var answer = effect.Confirmed ? await payment.CancelBooking() : await payment.QuoteCancellation();
        var words = answer.Verdict switch
        {
            CancellationVerdict.Cancelled => text.BookingCancelled.Fill(order.ServiceName, order.Reference, Rupees.Format(answer.Refund)),
            CancellationVerdict.Allowed => text.CancellationQuote.Fill(
                order.ServiceName, order.Reference, Rupees.Format(answer.Refund), answer.RefundPercent, Rupees.Format(order.Amount)),
            CancellationVerdict.TooLate => text.CancellationTooLate.Fill(order.Reference),
            CancellationVerdict.Final => text.CancellationFinal.Fill(order.ServiceName),
            _ => text.NothingToCancel,
        };
        if (answer.Verdict != CancellationVerdict.Allowed)
        {
            return [new TextReply(words.In(language))];
        }

        var ui = conversation.Ui;
        return
        [
            new ButtonsReply(words.In(language),
            [
                new ReplyButton(ChoiceIds.ConfirmCancellation(order.Reference), ui.ConfirmCancellation.In(language)),
                new ReplyButton(ChoiceIds.MainMenu, ui.KeepBooking.In(language)),
            ]),
        ];
    }
}
