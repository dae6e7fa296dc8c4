using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Outcomes;

/// <summary>The receipt a citizen gets once a bill is paid.</summary>
public static class Receipt
{
    public const string Kind = "receipt";

    public static ServiceOutcome For(PaymentOrder order, DateTimeOffset paidAt, DepartmentText text)
    {
        var amount = Money.Format(order.Amount);
        var message = text.PaymentReceived.Fill(amount, order.ServiceName);
        IReadOnlyList<OutcomeField> fields =
        [
            text.Account.Field(order.AccountNumber),
            text.AmountPaid.Field(amount),
            text.Period.Field(order.Period),
            text.PaidOn.Field(Dates.Format(paidAt)),
        ];
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = order.Reference,
            Message = message,
            Fields = fields,
            Document = new IssuedDocument
            {
                Id = $"RCPT-{order.Reference}",
                Kind = Kind,
                Title = text.PaymentReceipt.Fill(order.ServiceName),
                HolderName = order.HolderName,
                DepartmentId = order.DepartmentId,
                ServiceId = order.ServiceId,
                IssuedAt = paidAt,
                Fields = fields,
            },
        };
    }
}
