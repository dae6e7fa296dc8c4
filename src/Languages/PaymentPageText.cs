namespace ManaMitra.Languages;

/// <summary>The sandbox payment gateway's page (<c>payment-page.*</c>), in the documents' two languages.</summary>
[TextSection("payment-page")]
public sealed class PaymentPageText
{
    public required LocalizedText Title { get; init; }

    public required LocalizedText Sandbox { get; init; }

    public required LocalizedText Payee { get; init; }

    public required LocalizedText Purpose { get; init; }

    public required LocalizedText Amount { get; init; }

    public required LocalizedText Reference { get; init; }

    public required LocalizedText Pay { get; init; }

    public required LocalizedText Fail { get; init; }

    public required LocalizedText Captured { get; init; }

    public required LocalizedText Failed { get; init; }

    public required LocalizedText Expired { get; init; }

    public required LocalizedText Unknown { get; init; }
}
