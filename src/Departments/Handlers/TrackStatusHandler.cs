using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// A status service ("where is my application", "where is my grievance", a booking's status): the record its answer
/// names, as <see cref="ReferenceStatus"/> reads it; a number that is none of the citizen's asks the question again.
/// </summary>
public sealed class TrackStatusHandler(ReferenceStatus status) : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.TrackStatus;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        // A tracker asked by Aadhaar has only its masked form to quote back; no application is keyed by it.
        if ((context.Answers.Identifier ?? context.Answers.AadhaarMasked) is not { } typed)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        return await status.Find(typed, context.Request.CitizenId)
            ?? ServiceContext.NotFound(context.Text.ApplicationNotYours.Fill(typed.Trim()), context.Answers.IdentifierInput);
    }
}
