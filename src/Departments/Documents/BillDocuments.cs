using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Documents;

/// <summary>A copy of the latest bill on an account (electricity, property tax, water).</summary>
public sealed class BillDocuments(IBillingRecords billing) : IDocumentSource
{
    public const string DocumentKind = "bill";

    public bool Serves(ServiceContext context) => ServiceIds.Names(context.Service, "bill");

    public async Task<ServiceOutcome> Fetch(ServiceContext context)
    {
        if (context.Answers.Identifier is not { } account)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        if (await billing.FindBill(context.Department.Id, context.Service.Id, account) is not { } bill)
        {
            return ServiceContext.NotFound(context.Text.AccountNotFound.Fill(account), context.Answers.IdentifierInput);
        }

        IReadOnlyList<OutcomeField> fields =
        [
            context.Text.Account.Field(bill.AccountNumber),
            context.Text.Period.Field(bill.Period),
            context.Text.AmountDue.Field(Rupees.Format(bill.Amount)),
            context.Text.DueDate.Field(Dates.Format(bill.DueDate)),
        ];
        var document = context.Document(DocumentIds.For(context, $"{bill.AccountNumber}:{bill.Period}"), DocumentKind, bill.HolderName, fields);
        return DocumentIds.Found(context, bill.AccountNumber, document);
    }
}
