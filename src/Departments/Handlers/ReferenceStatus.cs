using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Where the thing a citizen's reference names stands, read from its record: their application (its stage, when it
/// last moved, the official's note), their paid booking, or their grievance. Another citizen's reference is answered
/// as none, so numbers cannot be tried one by one. Shared by the status services and a reference typed or tapped anywhere.
/// </summary>
public sealed class ReferenceStatus(ApplicationLookup applications, ServiceCatalog catalog, IGrainFactory grains)
{
    /// <returns>Null when none of the citizen's records has that reference.</returns>
    public async Task<ServiceOutcome?> Find(string typed, string citizenId)
    {
        if (await applications.Find(typed, citizenId) is { } view)
        {
            return ApplicationStatusOutcome.For(view, catalog);
        }

        return await Booking(typed, citizenId) ?? await Grievance(typed, citizenId);
    }

    // A booking is known by the payment that buys it ("cancel a reserved ticket" asks for its number): its stage,
    // and the "Cancel booking" button while its tiers allow. A free booking has no such record.
    private async Task<ServiceOutcome?> Booking(string typed, string citizenId)
    {
        foreach (var reference in ApplicationReference.Candidates(typed))
        {
            var payment = grains.GetGrain<IPaymentGrain>(reference);
            if (await payment.View() is { Order.Booking: { } booking } view)
            {
                return view.Order.CitizenId == citizenId
                    ? BookingStatusOutcome.For(view, booking, await payment.QuoteCancellation(), Text)
                    : null;
            }
        }

        return null;
    }

    // "Where is my grievance": GRV-2026-000001 however it was typed (spaces, lower case).
    private async Task<ServiceOutcome?> Grievance(string typed, string citizenId) =>
        GrievanceReference.Read(typed) is { } reference
        && await grains.GetGrain<IGrievanceGrain>(reference).View() is { } view && view.Submission.CitizenId == citizenId
            ? GrievanceStatusOutcome.For(view, Text)
            : null;

    private DepartmentText Text => catalog.Texts.Departments;
}
