using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>What a gateway reports on a payment order's current attempt, handed to its grain as the callback endpoint would.</summary>
public static class GatewayReports
{
    public static async Task<GatewayReport> For(IGrainFactory grains, string reference, GatewayOutcome outcome)
    {
        var view = await grains.GetGrain<IPaymentGrain>(reference).View() ?? throw new InvalidOperationException($"no payment {reference}");
        return new GatewayReport
        {
            OrderId = view.GatewayOrderId!,
            PaymentId = $"pay_{Guid.NewGuid():N}",
            Outcome = outcome,
            AmountPaise = view.Order.AmountPaise,
        };
    }

    /// <summary>The order captured at the gateway; its receipt.</summary>
    public static async Task<ServiceOutcome?> Capture(IGrainFactory grains, string reference)
    {
        var payment = grains.GetGrain<IPaymentGrain>(reference);
        await payment.Settle(await For(grains, reference, GatewayOutcome.Captured));
        return (await payment.View())?.Receipt;
    }
}
