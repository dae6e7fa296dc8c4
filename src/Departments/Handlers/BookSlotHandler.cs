using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Finds the slot the citizen's choices name (route, temple, date, session) and asks its grain, which alone decides
/// whether places are still free. A free booking takes them and issues the ticket at once; a paid one holds them for
/// the payment window and opens a payment order of places × fare, whose capture confirms them and issues the ticket
/// (<see cref="BookingHold"/>). An unpaid hold lapses and its places are sold again.
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
        var fare = Fares.PerPlace(context.Service, answers.Of);
        var request = new SlotBookingRequest(context.Request.CitizenId, places, context.Request.RequestId, offer.Capacity);
        var slot = grains.GetGrain<ISlotGrain>(offer.Key);
        var taken = fare > 0 ? await slot.Hold(request) : await slot.Book(request);
        if (!taken.Booked)
        {
            // A slot with places left refused only because the citizen asked for more than it has.
            return ServiceContext.Declined(taken.Remaining > 0
                ? context.Text.FewPlacesLeft.Fill(taken.Remaining, places)
                : context.Text.SoldOut);
        }

        var reference = await references.Next(ReferenceNumbers.Series(context.Department, "BKG", context.Today.Year), context.Request.RequestId);
        var fields = criteria.Select(c => FieldLabels.For(c.Input).Field(answers.Display(c.Input, c.Value))).ToList();
        fields.Add(context.Text.Date.Field(Dates.Format(date)));
        fields.Add(context.Text.Time.Field(offer.StartsAt.ToString(Sessions.TimeFormat, CultureInfo.InvariantCulture)));
        fields.Add(context.Text.Places.Field(places.ToString(CultureInfo.InvariantCulture)));
        var total = fare * places;
        if (total > 0)
        {
            fields.Add(context.Text.Fare.Field(Rupees.Format(total)));
        }

        var holder = await Holder(context);
        var ticket = new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = reference,
            Message = context.Text.Booked.Fill(context.ServiceName),
            Fields = fields,
            Document = context.Document(reference, DocumentKind(context.Service), holder, fields),
        };
        if (taken.HeldUntil is not { } heldUntil)
        {
            return Tickets.Issue(ticket, taken.Places, context.Now, context.Text);
        }

        // The payment order is named after the booking, so a repeated submission finds the same order and page.
        var order = context.PaymentOrder(reference, reference, holder, total, $"{Dates.Format(date)} {offer.StartsAt.ToString(Sessions.TimeFormat, CultureInfo.InvariantCulture)}") with
        {
            Booking = new BookingHold
            {
                SlotKey = offer.Key,
                Request = request,
                Ticket = ticket,
                StartsAt = Dates.At(date, offer.StartsAt),
            },
        };
        var page = await grains.GetGrain<IPaymentGrain>(reference).Open(order);
        return new ServiceOutcome
        {
            Status = OutcomeStatus.AwaitingPayment,
            Reference = reference,
            Message = context.Text.Held.Fill(context.ServiceName, Dates.Time(heldUntil), Rupees.Format(total)),
            Fields = fields,
            PaymentLink = page,
            PaymentAmount = total,
            PaymentDue = PaymentDue.Of(order),
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
