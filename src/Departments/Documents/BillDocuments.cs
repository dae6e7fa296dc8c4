using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;

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
            return ServiceContext.Declined(DepartmentText.MissingAnswer);
        }

        if (await billing.FindBill(context.Department.Id, context.Service.Id, account) is not { } bill)
        {
            return ServiceContext.Declined(DepartmentText.AccountNotFound.Fill(DepartmentText.Same(account)));
        }

        IReadOnlyList<OutcomeField> fields =
        [
            DepartmentText.Account.Field(bill.AccountNumber),
            DepartmentText.Period.Field(bill.Period),
            DepartmentText.AmountDue.Field(Money.Format(bill.Amount)),
            DepartmentText.DueDate.Field(Dates.Format(bill.DueDate)),
        ];
        var document = context.Document(DocumentIds.For(context, $"{bill.AccountNumber}:{bill.Period}"), DocumentKind, bill.HolderName, fields);
        return DocumentIds.Found(context, bill.AccountNumber, document);
    }
}
