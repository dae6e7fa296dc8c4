using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Where the citizen's application stands, read from the application itself: its stage, when it last moved and
/// the official's note. Another citizen's reference is answered as not found, so numbers cannot be tried one by one.
/// </summary>
public sealed class TrackStatusHandler(ApplicationLookup applications, ServiceCatalog catalog) : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.TrackStatus;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        // A tracker asked by Aadhaar has only its masked form to quote back; no application is keyed by it.
        if ((context.Answers.Identifier ?? context.Answers.AadhaarMasked) is not { } typed)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        return await applications.Find(typed, context.Request.CitizenId) is { } view
            ? ApplicationStatusOutcome.For(view, catalog)
            : ServiceContext.NotFound(context.Text.ApplicationNotYours.Fill(typed.Trim()), context.Answers.IdentifierInput);
    }
}
