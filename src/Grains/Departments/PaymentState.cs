using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Grains.Departments;

[GenerateSerializer]
public sealed class PaymentState
{
    [Id(0)] public PaymentOrder? Order { get; set; }

    [Id(1)] public DateTimeOffset? PaidAt { get; set; }

    /// <summary>The citizen's chat has the receipt. Separate from <see cref="PaidAt"/> so a crash between the two retries the notice.</summary>
    [Id(2)] public bool Notified { get; set; }
}
