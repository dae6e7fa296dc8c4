using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Finds the slot the citizen's choices name (route, temple, date) and books places in its grain, which alone
/// decides whether they are still free.
/// </summary>
public sealed class BookSlotHandler(ReferenceNumbers references, ISlotInventory inventory, IResidentRecords residents, IGrainFactory grains) : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.BookSlot;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        var answers = context.Answers;
        if (answers.FirstDate is not { } date)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        // What names the slot: places and choices, not who books it or how many.
        var criteria = answers.All
            .Where(a => a.Input.Kind == InputKind.FreeText || (a.Input.Kind == InputKind.Choice && !PlaceCounts.IsPlaceCount(a.Input)))
            .ToList();
        var offer = date < context.Today ? null : await inventory.Find(context.Department.Id, context.Service.Id, criteria.Select(c => c.Value).ToList(), date, Sessions.StartOf(context.Service, answers.Of));
        if (offer is null)
        {
            return ServiceContext.Declined(context.Text.NoSlot);
        }

        var places = answers.Places;
        var booking = await grains.GetGrain<ISlotGrain>(offer.Key)
            .Book(new SlotBookingRequest(context.Request.CitizenId, places, context.Request.RequestId, offer.Capacity));
        if (!booking.Booked)
        {
            // A slot with places left refused only because the citizen asked for more than it has.
            return ServiceContext.Declined(booking.Remaining > 0
                ? context.Text.FewPlacesLeft.Fill(booking.Remaining, places)
                : context.Text.SoldOut);
        }

        var reference = await references.Next(ReferenceNumbers.Series(context.Department, "BKG", context.Today.Year), context.Request.RequestId);
        var fields = criteria.Select(c => FieldLabels.For(c.Input).Field(answers.Display(c.Input, c.Value))).ToList();
        fields.Add(context.Text.Date.Field(Dates.Format(date)));
        fields.Add(context.Text.Time.Field(offer.StartsAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        fields.Add(context.Text.Places.Field(places.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        fields.Add(context.Text.PlaceNumbers.Field(string.Join(", ", booking.Places)));
        if (context.Service.Fee > 0)
        {
            // The catalog's fee of a booking is its fare per place: the service page said so, the ticket multiplies.
            fields.Add(context.Text.Fare.Field(Rupees.Format(context.Service.Fee * places)));
        }

        var holder = await Holder(context);
        var message = context.Text.Booked.Fill(context.ServiceName);
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = reference,
            Message = message,
            Fields = fields,
            Document = context.Document(reference, DocumentKind(context.Service), holder, fields),
        };
    }

    /// <summary>bus-ticket stays bus-ticket; darshan-booking becomes darshan-ticket.</summary>
    public static string DocumentKind(Service service) =>
        service.Id.Contains("ticket", StringComparison.Ordinal) ? service.Id
        : service.Id.EndsWith("-booking", StringComparison.Ordinal) ? service.Id[..^"-booking".Length] + "-ticket"
        : service.Id + "-ticket";

    // The resident register's name for an Aadhaar, else the traveller's name as the form asked it; a booking that asks
    // for neither (a bus seat) names nobody — a mobile number is not a name and is never printed or signed as one.
    private async Task<string> Holder(ServiceContext context) =>
        (context.Answers.AadhaarKey is { } key ? (await residents.FindByAadhaar(key))?.Name : null)
        ?? context.Answers.First(InputKind.PersonName)
        ?? string.Empty;
}
