using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// The "try again" button under a failed or expired payment: a new attempt at the gateway and its "Pay" button.
/// Another citizen's payment, or one paid already, has nothing to pay; a booking whose slot filled meanwhile is sold out.
/// </summary>
public sealed class PayAgainHandler(IGrainFactory grains, ServiceCatalog catalog, TellOutcomeHandler tell) : EffectHandler<PayAgain>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(PayAgain effect, ChatSession session)
    {
        var payment = grains.GetGrain<IPaymentGrain>(effect.Reference);
        // Another citizen's payment is not there at all for this one.
        var view = await payment.View() is { } found && found.Order.CitizenId == effect.CitizenId ? found : null;
        var link = view is null ? null : await payment.Reopen();
        var text = catalog.Texts.Departments;
        var outcome = view is not null && link is not null
            ? new ServiceOutcome
            {
                Status = OutcomeStatus.AwaitingPayment,
                Reference = view.Order.Reference,
                Message = text.PayAmount.Fill(Rupees.Format(view.Order.Amount), view.Order.ServiceName),
                PaymentLink = link,
                PaymentAmount = view.Order.Amount,
                PaymentDue = PaymentDue.Of(view.Order),
            }
            : new ServiceOutcome { Status = OutcomeStatus.Declined, Message = Refusal(view, text) };
        return await tell.HandleAsync(new TellOutcome(outcome), session);
    }

    // An unpaid booking gets no new attempt only when its slot can no longer hold the places.
    private static LocalizedText Refusal(PaymentView? view, DepartmentText text) =>
        view is { Order.Booking: not null, Status: not (PaymentStatus.Captured or PaymentStatus.Refunded) } ? text.SoldOut : text.NothingToPay;
}
