using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments;

/// <summary>The receipt a citizen gets once a bill is paid.</summary>
public static class Receipt
{
    public const string Kind = "receipt";

    public static ServiceOutcome For(PaymentOrder order, DateTimeOffset paidAt)
    {
        var amount = Money.Format(order.Amount);
        var message = DepartmentText.PaymentReceived.Fill(DepartmentText.Same(amount), new(order.ServiceNameEn, order.ServiceNameTe));
        IReadOnlyList<OutcomeField> fields =
        [
            DepartmentText.Account.Field(order.AccountNumber),
            DepartmentText.AmountPaid.Field(amount),
            DepartmentText.Period.Field(order.Period),
            DepartmentText.PaidOn.Field(Dates.Format(paidAt)),
        ];
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = order.Reference,
            MessageEn = message.En,
            MessageTe = message.Te,
            Fields = fields,
            Document = new IssuedDocument
            {
                Id = $"RCPT-{order.Reference}",
                Kind = Kind,
                TitleEn = $"Payment receipt — {order.ServiceNameEn}",
                TitleTe = $"చెల్లింపు రసీదు — {order.ServiceNameTe}",
                HolderName = order.HolderName,
                DepartmentId = order.DepartmentId,
                ServiceId = order.ServiceId,
                IssuedAt = paidAt,
                Fields = fields,
            },
        };
    }
}
