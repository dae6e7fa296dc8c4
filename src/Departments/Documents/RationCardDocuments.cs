using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Documents;

/// <summary>The household's ration card, found by a member's Aadhaar or by the card's own number.</summary>
public sealed class RationCardDocuments(IRationCardRecords cards) : IDocumentSource
{
    public const string DocumentKind = "ration-card";

    public bool Serves(ServiceContext context) => ServiceIds.Names(context.Service, "ration");

    public async Task<ServiceOutcome> Fetch(ServiceContext context)
    {
        var answers = context.Answers;
        var lookup = answers.AadhaarKey is { } key ? cards.FindByAadhaar(key)
            : answers.Identifier is { } number ? cards.FindByNumber(number)
            : null;
        if (lookup is null)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        if (await lookup is not { } card)
        {
            // Looked up by Aadhaar, the Aadhaar question is asked again; by card number, that one.
            var asked = answers.AadhaarKey is not null ? context.Service.Inputs.FirstOrDefault(i => i.Kind == InputKind.Aadhaar) : answers.IdentifierInput;
            return ServiceContext.NotFound(context.Text.RecordNotFound, asked);
        }

        IReadOnlyList<OutcomeField> fields =
        [
            context.Text.CardNumber.Field(card.Number),
            context.Text.CardType.Field(context.OneLine(card.CardType)),
            context.Text.Members.Field(card.Members.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            context.Text.FairPriceShop.Field(card.FairPriceShop),
        ];
        var document = context.Document(DocumentIds.For(context, card.Number), DocumentKind, card.HeadOfFamily, fields);
        return DocumentIds.Found(context, card.Number, document);
    }
}
