using ManaMitra.Departments.Handlers;

namespace ManaMitra.Departments.Documents;

/// <summary>The household's ration card, found by a member's Aadhaar.</summary>
public sealed class RationCardDocuments(IRationCardRecords cards) : IDocumentSource
{
    public const string DocumentKind = "ration-card";

    public bool Serves(ServiceContext context) => context.Service.Id.Contains("ration", StringComparison.Ordinal);

    public async Task<ServiceOutcome> Fetch(ServiceContext context)
    {
        if (context.Answers.AadhaarKey is not { } key)
        {
            return ServiceContext.Declined(DepartmentText.MissingAnswer);
        }

        if (await cards.FindByAadhaar(key) is not { } card)
        {
            return ServiceContext.Declined(DepartmentText.RecordNotFound);
        }

        IReadOnlyList<OutcomeField> fields =
        [
            DepartmentText.CardNumber.Field(card.Number),
            DepartmentText.Name.Field(card.HeadOfFamily),
            DepartmentText.CardType.Field(new Catalog.LocalizedText(card.CardTypeEn, card.CardTypeTe)),
            DepartmentText.Members.Field(card.Members.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DepartmentText.FairPriceShop.Field(card.FairPriceShop),
        ];
        var document = context.Document(DocumentIds.For(context, card.Number), DocumentKind, card.HeadOfFamily, fields);
        return DocumentIds.Found(context, card.Number, document);
    }
}
