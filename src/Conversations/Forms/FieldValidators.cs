using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Conversations.Forms;

/// <summary>The validator for each kind of input.</summary>
public sealed class FieldValidators(AadhaarHasher hasher)
{
    private readonly AadhaarValidator _aadhaar = new(hasher);
    private static readonly MobileValidator Mobile = new();
    private static readonly DateValidator Date = new();
    private static readonly PinCodeValidator PinCode = new();
    private static readonly HallTicketValidator HallTicket = new();
    private static readonly AmountValidator Amount = new();
    private static readonly ChoiceValidator Choice = new();
    private static readonly FreeTextValidator FreeText = new();
    private static readonly LocationValidator Location = new();
    private static readonly PhotoValidator Photo = new();

    public IFieldValidator For(InputKind kind) => kind switch
    {
        InputKind.Aadhaar => _aadhaar,
        InputKind.Mobile => Mobile,
        InputKind.Date => Date,
        InputKind.PinCode => PinCode,
        InputKind.HallTicket => HallTicket,
        InputKind.Amount => Amount,
        InputKind.Choice => Choice,
        InputKind.FreeText => FreeText,
        InputKind.Location => Location,
        InputKind.Photo => Photo,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no validator for this kind of input"),
    };

    public FieldResult Check(ServiceInput input, InboundMessage message) => For(input.Kind).Check(input, message);
}
