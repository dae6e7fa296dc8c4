using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>The validator for each kind of input, with the reasons it gives in every offered language.</summary>
public sealed class FieldValidators(AadhaarHasher hasher, Texts texts)
{
    private readonly AadhaarValidator _aadhaar = new(hasher, texts.Forms);
    private readonly MobileValidator _mobile = new(texts.Forms);
    private readonly DateValidator _date = new(texts.Forms, texts.Dates);
    private readonly PinCodeValidator _pinCode = new(texts.Forms);
    private readonly HallTicketValidator _hallTicket = new(texts.Forms);
    private readonly AmountValidator _amount = new(texts.Forms, texts.Amounts);
    private readonly ChoiceValidator _choice = new(texts.Forms);
    private readonly FreeTextValidator _freeText = new(texts.Forms);
    private readonly LocationValidator _location = new(texts.Forms);
    private readonly PhotoValidator _photo = new(texts.Forms);
    private readonly EvidenceValidator _evidence = new(texts.Forms);
    private readonly PersonNameValidator _personName = new(texts.Forms);

    public IFieldValidator For(InputKind kind) => kind switch
    {
        InputKind.Aadhaar => _aadhaar,
        InputKind.Mobile => _mobile,
        InputKind.Date => _date,
        InputKind.PinCode => _pinCode,
        InputKind.HallTicket => _hallTicket,
        InputKind.Amount => _amount,
        InputKind.Choice => _choice,
        InputKind.FreeText => _freeText,
        InputKind.Location => _location,
        InputKind.Photo => _photo,
        InputKind.PersonName => _personName,
        InputKind.Evidence => _evidence,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no validator for this kind of input"),
    };

    /// <summary>The answer checked as its kind alone.</summary>
    public FieldResult Check(ServiceInput input, InboundMessage message) => For(input.Kind).Check(input, message);

    /// <summary>The answer checked as its kind, and a booking's date also against the days the service opens.</summary>
    public FieldResult Check(Service service, ServiceInput input, InboundMessage message)
    {
        var result = Check(input, message);
        return input.Kind == InputKind.Date && service.Handler == HandlerKind.BookSlot ? _date.Bookable(result, service, message) : result;
    }
}
