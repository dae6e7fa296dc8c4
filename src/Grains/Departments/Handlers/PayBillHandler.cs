using ManaMitra.Catalog;

namespace ManaMitra.Departments.Handlers;

/// <summary>Looks up what is due, opens a payment for it and hands the citizen a UPI link; the receipt follows on confirmation.</summary>
public sealed class PayBillHandler(ReferenceNumbers references, IBillingRecords billing, IGrainFactory grains) : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.PayBill;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        if (context.Answers.Identifier is not { } account)
        {
            return ServiceContext.Declined(DepartmentText.MissingAnswer);
        }

        var bill = await billing.FindBill(context.Department.Id, context.Service.Id, account);
        if (bill is null)
        {
            return ServiceContext.Declined(DepartmentText.AccountNotFound.Fill(DepartmentText.Same(account)));
        }

        if (bill.Amount <= 0)
        {
            var settled = DepartmentText.NoDues.Fill(DepartmentText.Same(bill.AccountNumber));
            return new ServiceOutcome { Status = OutcomeStatus.Completed, MessageEn = settled.En, MessageTe = settled.Te };
        }

        var reference = await references.Next(ReferenceNumbers.Series(context.Department, "PAY", context.Today.Year), context.Request.RequestId);
        await grains.GetGrain<IPaymentGrain>(reference).Open(new PaymentOrder
        {
            Reference = reference,
            CitizenId = context.Request.CitizenId,
            DepartmentId = context.Department.Id,
            ServiceId = context.Service.Id,
            ServiceNameEn = context.Service.Name.En,
            ServiceNameTe = context.Service.Name.Te,
            AccountNumber = bill.AccountNumber,
            HolderName = bill.HolderName,
            Amount = bill.Amount,
            Period = bill.Period,
        });

        var amount = bill.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var message = DepartmentText.PayNow.Fill(DepartmentText.Same(amount), context.ServiceName, DepartmentText.Same(bill.AccountNumber));
        return new ServiceOutcome
        {
            Status = OutcomeStatus.AwaitingPayment,
            Reference = reference,
            MessageEn = message.En,
            MessageTe = message.Te,
            Fields =
            [
                DepartmentText.Name.Field(bill.HolderName),
                DepartmentText.AmountDue.Field(Money.Format(bill.Amount)),
                DepartmentText.Period.Field(bill.Period),
                DepartmentText.DueDate.Field(Dates.Format(bill.DueDate)),
            ],
            PaymentLink = UpiLink.For(bill.PayeeVpa, bill.PayeeName, bill.Amount, reference, $"{context.Service.Name.En} {bill.AccountNumber}"),
        };
    }
}
