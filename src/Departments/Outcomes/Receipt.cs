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
        var amount = Rupees.Format(order.Amount);
        var message = text.PaymentReceived.Fill(amount, order.ServiceName);
        IReadOnlyList<OutcomeField> printed =
        [
            text.Account.Field(order.AccountNumber),
            text.AmountPaid.Field(amount),
            text.Period.Field(order.Period),
        ];
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = order.Reference,
            Message = message,
            // The receipt is issued when the money arrives: its date of issue is the payment's, printed once.
            Fields = [.. printed, text.PaidOn.Field(Dates.Format(paidAt))],
            Document = new IssuedDocument
            {
                Id = $"RCPT-{order.Reference}",
                Kind = Kind,
                Title = text.PaymentReceipt.Fill(order.ServiceName),
                HolderName = order.HolderName,
                DepartmentId = order.DepartmentId,
                ServiceId = order.ServiceId,
                IssuedAt = paidAt,
                Fields = printed,
            },
        };
    }
}
