using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Departments;

/// <inheritdoc cref="IPaymentGrain"/>
public sealed class PaymentGrain(
    [PersistentState(PaymentGrain.StateName, StorageNames.Citizens)] IPersistentState<PaymentState> state,
    TimeProvider time,
    Texts texts) : Grain, IPaymentGrain
{
    public const string StateName = "department-payment";

    public async Task Open(PaymentOrder order)
    {
        if (state.State.Order is { } existing)
        {
            if (existing != order)
            {
                throw new InvalidOperationException($"Payment {order.Reference} is already open for another order.");
            }

            return;
        }

        state.State.Order = order;
        await Persist();
    }

    public async Task<ServiceOutcome?> Confirm()
    {
        var payment = state.State;
        if (payment.Order is not { } order)
        {
            return null;
        }

        if (payment.PaidAt is null)
        {
            payment.PaidAt = time.GetUtcNow();
            await Persist();
        }

        var receipt = Receipt.For(order, payment.PaidAt.Value, texts.Departments);
        if (!payment.Notified)
        {
            // Paid is saved before the notice and Notified after it: a crash in between sends the receipt again on the
            // gateway's retry (at least once), and no path sends it twice otherwise.
            await GrainFactory.GetGrain<ICitizenChatGrain>(order.CitizenId).Notify(receipt);
            payment.Notified = true;
            await Persist();
        }

        return receipt;
    }

    private async Task Persist()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
