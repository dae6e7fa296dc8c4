using System.Collections.Concurrent;
using System.Security.Cryptography;
using ManaMitra.Grains.Documents;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Grains.Payments;

/// <summary>
/// A payment gateway in this process, for sandbox and Development: orders live in memory, <c>GET /pay/{order}</c>
/// shows one, and <c>POST /sandbox/gateway/{order}/pay</c> completes it (<see cref="Complete"/>) and sends the signed
/// callback a real gateway would.
/// </summary>
public sealed class SandboxGateway(PublicBaseUrl publicBase, TimeProvider time) : IPaymentGateway
{
    private readonly ConcurrentDictionary<string, SandboxOrder> _orders = new(StringComparer.Ordinal);

    public Task<GatewayOrder> CreateOrder(GatewayOrderRequest request)
    {
        var id = "order_" + RandomNumberGenerator.GetHexString(14, lowercase: true);
        _orders[id] = new SandboxOrder(id, request);
        return Task.FromResult(new GatewayOrder(id, $"{publicBase.Value}/pay/{id}"));
    }

    public Task<GatewayReport?> Status(string orderId) => Task.FromResult(Find(orderId)?.Payment);

    public Task<bool> Refund(string orderId, long amountPaise)
    {
        if (Find(orderId) is not { } order)
        {
            return Task.FromResult(false);
        }

        lock (order)
        {
            var refundable = order is { Payment.Outcome: GatewayOutcome.Captured, RefundedPaise: 0 } && amountPaise > 0 && amountPaise <= order.Payment.AmountPaise;
            if (refundable)
            {
                order.RefundedPaise = amountPaise;
            }

            return Task.FromResult(refundable);
        }
    }

    public SandboxOrder? Find(string orderId) => _orders.TryGetValue(orderId, out var order) ? order : null;

    /// <summary>
    /// The citizen paid (or the payment failed) on the page. Null when the order cannot be paid: already completed,
    /// or past its expiry.
    /// </summary>
    public GatewayReport? Complete(SandboxOrder order, GatewayOutcome outcome)
    {
        lock (order)
        {
            if (order.Payment is not null || time.GetUtcNow() >= order.Request.ExpiresAt)
            {
                return null;
            }

            order.Payment = new GatewayReport
            {
                OrderId = order.Id,
                PaymentId = "pay_" + RandomNumberGenerator.GetHexString(14, lowercase: true),
                Outcome = outcome,
                AmountPaise = order.Request.AmountPaise,
                ConcludedAt = time.GetUtcNow(),
            };
            return order.Payment;
        }
    }
}

/// <summary>One order at the sandbox gateway; changed only under its own lock.</summary>
public sealed class SandboxOrder(string id, GatewayOrderRequest request)
{
    public string Id { get; } = id;

    public GatewayOrderRequest Request { get; } = request;

    public GatewayReport? Payment { get; set; }

    /// <summary>What went back to the payer; 0 before a refund.</summary>
    public long RefundedPaise { get; set; }

    public bool Refunded => RefundedPaise > 0;
}
