using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Grains.Payments;

/// <summary>
/// What Indian payment gateways (Razorpay, PayU, Cashfree, BillDesk) have in common: an order for an amount in paise
/// with the merchant's reference and an expiry, a hosted page where it is paid, a status lookup for reconciliation,
/// and refunds. Their signed callbacks arrive at <c>POST /payments/callback</c> (<see cref="GatewayCallback"/>).
/// </summary>
public interface IPaymentGateway
{
    Task<GatewayOrder> CreateOrder(GatewayOrderRequest request);

    /// <summary>How the order's payment ended, or null while nothing has concluded (or the gateway does not know it).</summary>
    Task<GatewayReport?> Status(string orderId);

    /// <summary>
    /// Returns all or part of a captured payment to the payer (a cancellation keeps its charge); one refund per order.
    /// False when the order has no captured payment, was refunded already, or the amount is more than was paid.
    /// </summary>
    Task<bool> Refund(string orderId, long amountPaise);
}

/// <param name="Reference">The merchant's reference (Razorpay's <c>receipt</c>): our payment order's key.</param>
/// <param name="Payee">Who is paid, as the payment page names it.</param>
/// <param name="Purpose">What is paid for, as the payment page says it.</param>
public sealed record GatewayOrderRequest(string Reference, long AmountPaise, DateTimeOffset ExpiresAt, LocalizedText Payee, LocalizedText Purpose);

/// <param name="PaymentUrl">The page where the citizen pays this order.</param>
public sealed record GatewayOrder(string OrderId, string PaymentUrl);
