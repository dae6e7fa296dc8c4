namespace ManaMitra.Catalog;

/// <summary>
/// Which answers a service prints beside a label (on a certificate, a ticket, a record extract, a payment or
/// grievance acknowledgement), and so which inputs the catalog must give a noun <see cref="ServiceInput.Label"/>:
/// a question printed as a label ("Which darshan?") reads wrong on a document.
/// </summary>
public static class PrintedAnswers
{
    public static bool By(HandlerKind handler, InputKind kind) => handler switch
    {
        HandlerKind.IssueCertificate or HandlerKind.FetchDocument or HandlerKind.BookSlot or HandlerKind.PayBill => OfKind(kind),
        // A grievance's acknowledgement repeats what it is about (the chosen problem), not the citizen's own words.
        HandlerKind.RaiseGrievance => kind == InputKind.Choice,
        _ => false,
    };

    /// <summary>
    /// Contact details, photos and locations help the department reach the citizen, and a one-time code only proves who
    /// typed it; none of them is printed.
    /// </summary>
    public static bool OfKind(InputKind kind) => kind is not (InputKind.Mobile or InputKind.Photo or InputKind.Evidence or InputKind.Location or InputKind.Otp);
}
