using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Where the citizen's application stands, read from the application itself: its stage, when it last moved and
/// the official's note; or where their paid booking or their grievance stands. Another citizen's reference is answered as not found, so
/// numbers cannot be tried one by one.
/// </summary>
public sealed class TrackStatusHandler(ApplicationLookup applications, ServiceCatalog catalog, IGrainFactory grains) : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.TrackStatus;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        // A tracker asked by Aadhaar has only its masked form to quote back; no application is keyed by it.
        if ((context.Answers.Identifier ?? context.Answers.AadhaarMasked) is not { } typed)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        if (await applications.Find(typed, context.Request.CitizenId) is { } view)
        {
            return ApplicationStatusOutcome.For(view, catalog);
        }

        return await Booking(typed, context)
            ?? await Grievance(typed, context)
            ?? ServiceContext.NotFound(context.Text.ApplicationNotYours.Fill(typed.Trim()), context.Answers.IdentifierInput);
    }

    // A booking is known by the payment that buys it ("cancel a reserved ticket" asks for its number): its stage,
    // and the "Cancel booking" button while its tiers allow. A free booking has no such record.
    private async Task<ServiceOutcome?> Booking(string typed, ServiceContext context)
    {
        foreach (var reference in ApplicationReference.Candidates(typed))
        {
            var payment = grains.GetGrain<IPaymentGrain>(reference);
            if (await payment.View() is { Order.Booking: { } booking } view)
            {
                return view.Order.CitizenId == context.Request.CitizenId
                    ? BookingStatusOutcome.For(view, booking, await payment.QuoteCancellation(), context.Text)
                    : null;
            }
        }

        return null;
    }

    // "Where is my grievance": GRV-2026-000001 however it was typed (spaces, lower case).
    private async Task<ServiceOutcome?> Grievance(string typed, ServiceContext context)
    {
        var reference = string.Join('-', typed.Trim().ToUpperInvariant().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries));
        if (!reference.StartsWith("GRV-", StringComparison.Ordinal) || reference.Length > 40)
        {
            return null;
        }

        return await grains.GetGrain<IGrievanceGrain>(reference).View() is { } view && view.Submission.CitizenId == context.Request.CitizenId
            ? GrievanceStatusOutcome.For(view, context.Text)
            : null;
    }
}
