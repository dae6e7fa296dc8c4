using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Departments;

/// <inheritdoc cref="IPaymentGrain"/>
/// <remarks>
/// Never relies on callbacks alone: while an order is pending a reminder looks it up at the gateway every
/// <see cref="PaymentsOptions.ReconcileAfter"/> and settles it from the gateway's answer, or expires it past its window.
/// Every change is written before anyone is told, and each notice has its own flag, so a crash repeats a notice at most.
/// </remarks>
public sealed partial class PaymentGrain(
    [PersistentState(PaymentGrain.StateName, StorageNames.Citizens)] IPersistentState<PaymentState> state,
    TimeProvider time,
    ServiceCatalog catalog,
    IPaymentGateway gateway,
    IOptions<PaymentsOptions> options,
    PaymentReporting reporting,
    ILogger<PaymentGrain> logger) : Grain, IPaymentGrain, IRemindable
{
    public const string StateName = "department-payment";

    /// <summary>Who moves a paid application to review, in its history.</summary>
    public const string Gateway = "payment gateway";

    private const string ReconcileReminder = "reconcile";

    private DepartmentText Text => catalog.Texts.Departments;

    public async Task<string> Open(PaymentOrder order)
    {
        if (state.State.Order is { } existing && !existing.IsSameDue(order))
        {
            throw new InvalidOperationException($"Payment {order.Reference} is already open for another order.");
        }

        if (state.State.PaymentUrl is { } opened)
        {
            return opened;
        }

        state.State.Order = order;
        state.State.Status = PaymentStatus.Created;
        await Persist();
        return await Attempt(order);
    }

    public async Task<string?> Reopen()
    {
        var payment = state.State;
        switch (payment)
        {
            case { Order: null } or { Status: PaymentStatus.Captured or PaymentStatus.Refunded }:
                return null;
            case { Status: PaymentStatus.Pending, PaymentUrl: { } url } when time.GetUtcNow() < payment.ExpiresAt:
                return url;
        }

        // A booking pays for places: a new attempt only while the slot can hold them again.
        if (payment.Order.Booking is { } booking && !(await Slot(booking).Hold(booking.Request)).Booked)
        {
            return null;
        }

        return await Attempt(payment.Order);
    }

    public async Task<SettleResult> Settle(GatewayReport report)
    {
        var payment = state.State;
        var current = report.OrderId == payment.GatewayOrderId;
        if (payment.Order is not { } order || !(current || payment.EarlierOrders.Contains(report.OrderId)) || report.AmountPaise != order.AmountPaise)
        {
            LogIgnored(this.GetPrimaryKeyString(), report.OrderId);
            return SettleResult.Ignored;
        }

        var result = (payment.Status, report.Outcome) switch
        {
            // Paid once already, and now through another attempt too: the second payment goes back.
            (PaymentStatus.Captured or PaymentStatus.Refunded, GatewayOutcome.Captured) when report.OrderId != payment.PaidOrderId => await PayBackSecond(order, report),
            (PaymentStatus.Captured or PaymentStatus.Refunded, _) or (PaymentStatus.Failed, GatewayOutcome.Failed) => SettleResult.Duplicate,
            // A capture after a failure notice, the expiry or a newer attempt still took the citizen's money: it counts.
            (_, GatewayOutcome.Captured) => await Move(PaymentStatus.Captured, report),
            // An earlier attempt's failure says nothing of the current one.
            _ when !current => SettleResult.Duplicate,
            _ => await Move(PaymentStatus.Failed, report),
        };
        await TellWhatIsOwed();
        return result;
    }

    public async Task<bool> Refund()
    {
        var payment = state.State;
        if (payment is not { Status: PaymentStatus.Captured, Order: { } order, PaidOrderId: { } orderId } || !await gateway.Refund(orderId, order.AmountPaise))
        {
            return false;
        }

        payment.Status = PaymentStatus.Refunded;
        await Persist();
        reporting.Refunded(payment);
        LogSettled(order.Reference, PaymentStatus.Refunded);
        return true;
    }

    public Task<PaymentView?> View() => Task.FromResult(state.State.Order is { } order
        ? new PaymentView
        {
            Order = order,
            Status = state.State.Status,
            GatewayOrderId = state.State.GatewayOrderId,
            ExpiresAt = state.State.ExpiresAt,
            PaidAt = state.State.PaidAt,
            Receipt = IssuedReceipt(),
        }
        : null);

    public async Task<bool> Expire(DateTimeOffset quietSince)
    {
        if (state.State is not { Order: { } order } payment || !IsOver(payment) || LastMoved(payment) >= quietSince)
        {
            return false;
        }

        await state.ClearStateAsync();
        LogExpired(order.Reference, payment.Status);
        return true;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Reconcile();

    public async Task Reconcile()
    {
        var payment = state.State;
        if (payment.Status == PaymentStatus.Pending && payment.GatewayOrderId is { } orderId)
        {
            if (await gateway.Status(orderId) is { } report)
            {
                LogReconciled(this.GetPrimaryKeyString(), report.Outcome);
                await Settle(report with { Source = SettlementSource.Reconciliation });
                return;
            }

            if (time.GetUtcNow() >= payment.ExpiresAt)
            {
                payment.Status = PaymentStatus.Expired;
                payment.EndNotified = false;
                await Persist();
                reporting.Expired(payment);
                if (payment.Order?.Booking is { } booking)
                {
                    // The hold has lapsed in the slot already; releasing it only tidies the slot's records.
                    await Slot(booking).Release(booking.Request.RequestId);
                }
            }
        }

        await TellWhatIsOwed();
    }

    /// <summary>A new order at the gateway for this payment, pending until paid, failed or expired.</summary>
    private async Task<string> Attempt(PaymentOrder order)
    {
        var payment = state.State;
        var expiresAt = time.GetUtcNow() + options.Value.OrderLifetime;
        var payee = catalog.FindDepartment(order.DepartmentId)?.Name ?? order.ServiceName;
        var opened = await gateway.CreateOrder(new GatewayOrderRequest(order.Reference, order.AmountPaise, expiresAt, payee, order.ServiceName));
        if (payment.GatewayOrderId is { } earlier)
        {
            payment.EarlierOrders.Add(earlier);
        }

        (payment.GatewayOrderId, payment.PaymentUrl, payment.ExpiresAt) = (opened.OrderId, opened.PaymentUrl, expiresAt);
        payment.Status = PaymentStatus.Pending;
        payment.EndNotified = false;
        await Persist();
        reporting.Opened(payment);
        var period = options.Value.ReconcileAfter;
        await this.RegisterOrUpdateReminder(ReconcileReminder, period, period);
        return opened.PaymentUrl;
    }

    private async Task<SettleResult> Move(PaymentStatus status, GatewayReport report)
    {
        var payment = state.State;
        payment.Status = status;
        payment.PaymentId = report.PaymentId;
        if (status == PaymentStatus.Captured)
        {
            payment.PaidAt = time.GetUtcNow();
            payment.CapturedOrderId = report.OrderId;
        }
        else
        {
            payment.EndNotified = false;
        }

        await Persist();
        reporting.Settled(payment, report);
        LogSettled(this.GetPrimaryKeyString(), status);
        return SettleResult.Settled;
    }

    /// <summary>
    /// A second capture of one payment (the citizen completed two attempts): refunded at once and the citizen told. A
    /// repeated report finds the refund made and changes nothing.
    /// </summary>
    private async Task<SettleResult> PayBackSecond(PaymentOrder order, GatewayReport report)
    {
        if (!await gateway.Refund(report.OrderId, report.AmountPaise))
        {
            return SettleResult.Duplicate;
        }

        LogPaidTwice(order.Reference, report.OrderId);
        reporting.Refunded(state.State);
        await GrainFactory.GetGrain<ICitizenChatGrain>(order.CitizenId).Notify(new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = order.Reference,
            Message = Text.PaidTwice.Fill(Rupees.Format(order.Amount), order.ServiceName),
        });
        return SettleResult.Settled;
    }

    /// <summary>
    /// Whatever notice the order's stage owes and has not yet given: the application moved on by its fee, the receipt,
    /// or the news that an attempt failed or expired. The reminder stays until nothing is owed.
    /// </summary>
    private async Task TellWhatIsOwed()
    {
        var payment = state.State;
        if (payment.Order is not { } order)
        {
            return;
        }

        if (payment.Status == PaymentStatus.Captured && order.ApplicationReference is { } application && !payment.ApplicationTold)
        {
            await GrainFactory.GetGrain<IApplicationGrain>(application).FeePaid(Gateway, order.Reference);
            payment.ApplicationTold = true;
            await Persist();
        }

        // Refunded before the notice went out: a booking whose places were gone when its payment arrived.
        if (payment.Status is PaymentStatus.Captured or PaymentStatus.Refunded && !payment.Notified)
        {
            var notice = order.Booking is { } booking ? await Ticket(order, booking) : IssuedReceipt()!;
            await GrainFactory.GetGrain<ICitizenChatGrain>(order.CitizenId).Notify(notice);
            payment.Notified = true;
            await Persist();
        }

        if (payment.Status is PaymentStatus.Failed or PaymentStatus.Expired && !payment.EndNotified)
        {
            var words = payment.Status == PaymentStatus.Failed ? Text.PaymentFailed
                : order.Booking is not null ? Text.HoldReleased
                : Text.PaymentExpired;
            await GrainFactory.GetGrain<ICitizenChatGrain>(order.CitizenId).Notify(new ServiceOutcome
            {
                Status = OutcomeStatus.AwaitingPayment,
                Reference = order.Reference,
                Message = words.Fill(Rupees.Format(order.Amount), order.ServiceName),
                PaymentRetry = true,
            });
            payment.EndNotified = true;
            await Persist();
        }

        if (payment.Status != PaymentStatus.Pending && await this.GetReminder(ReconcileReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>What a capture issued: a booking's ticket once its places are confirmed, else the receipt.</summary>
    private ServiceOutcome? IssuedReceipt() => state.State switch
    {
        { Order.Booking: { } booking, PaidAt: { } paidAt, Places: { } places } =>
            Tickets.Issue(booking.Ticket, places, paidAt, Text) with { Cancellable = Policy(state.State.Order)?.Cancellation.Count > 0 },
        { Order: { Booking: null } order, PaidAt: { } paidAt, Status: PaymentStatus.Captured or PaymentStatus.Refunded } => Receipt.For(order, paidAt, Text),
        _ => null,
    };

    /// <summary>Settled one way or the other, with every notice it owed given: nothing is left for it to do.</summary>
    private static bool IsOver(PaymentState payment) => payment.Status switch
    {
        PaymentStatus.Captured or PaymentStatus.Refunded => payment.Notified && (payment.Order?.ApplicationReference is null || payment.ApplicationTold),
        PaymentStatus.Failed or PaymentStatus.Expired => payment.EndNotified,
        _ => false,
    };

    /// <summary>
    /// The last instant the payment could still matter to anyone: paid, or its booking's session begun; unpaid, its
    /// attempt's window closed (a late payment of it still counts until then).
    /// </summary>
    private static DateTimeOffset? LastMoved(PaymentState payment) => payment.Status is PaymentStatus.Captured or PaymentStatus.Refunded
        ? new[] { payment.PaidAt, payment.Order?.Booking?.StartsAt }.Max()
        : payment.ExpiresAt;

    private Task Persist() => state.WriteOrDeactivate(this);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {Reference} {Status}")]
    private partial void LogSettled(string reference, PaymentStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {Reference} ({Status}) erased at the end of its retention")]
    private partial void LogExpired(string reference, PaymentStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {Reference} settled by a status lookup: {Outcome}")]
    private partial void LogReconciled(string reference, GatewayOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {Reference} was paid again through gateway order {OrderId}; that payment is refunded")]
    private partial void LogPaidTwice(string reference, string orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {Reference}: a report for gateway order {OrderId} matches no open order or amount; ignored")]
    private partial void LogIgnored(string reference, string orderId);
}
