using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>The interface texts chosen by what a catalog service is and asks; the language files hold one key each.</summary>
public static class CatalogUiText
{
    /// <summary>The button that starts a service, worded for what the service does.</summary>
    public static LocalizedText Start(this UiText ui, HandlerKind handler) => handler switch
    {
        HandlerKind.IssueCertificate => ui.StartIssueCertificate,
        HandlerKind.FetchDocument => ui.StartFetchDocument,
        HandlerKind.PayBill => ui.StartPayBill,
        HandlerKind.BookSlot => ui.StartBookSlot,
        HandlerKind.TrackStatus => ui.StartTrackStatus,
        HandlerKind.RaiseGrievance => ui.StartRaiseGrievance,
        _ => ui.StartOther,
    };

    /// <summary>What a citizen must have ready for an input, shown on a service's page before they apply.</summary>
    public static LocalizedText Needs(this Texts texts, ServiceInput input) => input.Kind == InputKind.Otp ? texts.Otp.Needs : texts.Ui.Needs(input);

    private static LocalizedText Needs(this UiText ui, ServiceInput input) => input.Kind switch
    {
        InputKind.Aadhaar => ui.NeedsAadhaar,
        InputKind.Mobile => ui.NeedsMobile,
        InputKind.Date => ui.NeedsDate,
        InputKind.PinCode => ui.NeedsPinCode,
        InputKind.HallTicket => ui.NeedsHallTicket,
        InputKind.Amount => ui.NeedsAmount,
        InputKind.Location => ui.NeedsLocation,
        InputKind.Photo => ui.NeedsPhoto,
        InputKind.Evidence => ui.NeedsEvidence,
        _ => input.Prompt,
    };
}
