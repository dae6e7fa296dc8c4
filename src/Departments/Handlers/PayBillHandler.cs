using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Opens a payment and hands the citizen a UPI link; the receipt follows on confirmation. What is paid is either
/// the dues looked up on the citizen's account, or, when the service asks for an amount (a donation, stamp paper,
/// a self-assessed tax), the amount the citizen entered.
/// </summary>
public sealed class PayBillHandler(ReferenceNumbers references, IBillingRecords billing, IResidentRecords residents, IGrainFactory grains) : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.PayBill;

    public Task<ServiceOutcome> Run(ServiceContext context) =>
        context.Service.Inputs.Any(i => i.Kind == InputKind.Amount) ? PayEnteredAmount(context) : PayDues(context);

    private async Task<ServiceOutcome> PayDues(ServiceContext context)
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

        var reference = await NextReference(context);
        await Open(context, reference, bill.AccountNumber, bill.HolderName, bill.Amount, bill.Period);
        var message = DepartmentText.PayNow.Fill(DepartmentText.Same(Rupees(bill.Amount)), context.ServiceName, DepartmentText.Same(bill.AccountNumber));
        return AwaitingPayment(
            reference,
            message,
            [
                DepartmentText.Name.Field(bill.HolderName),
                DepartmentText.AmountDue.Field(Money.Format(bill.Amount)),
                DepartmentText.Period.Field(bill.Period),
                DepartmentText.DueDate.Field(Dates.Format(bill.DueDate)),
            ],
            UpiLink.For(bill.PayeeVpa, bill.PayeeName, bill.Amount, reference, $"{context.Service.Name.En} {bill.AccountNumber}"));
    }

    private async Task<ServiceOutcome> PayEnteredAmount(ServiceContext context)
    {
        var answers = context.Answers;
        if (!decimal.TryParse(answers.First(InputKind.Amount), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return ServiceContext.Declined(DepartmentText.MissingAnswer);
        }

        // A name typed on the form (the donor's), else the Aadhaar holder's, else whoever is paying from this phone.
        var holder = answers.First(InputKind.FreeText)
            ?? (answers.AadhaarKey is { } key ? (await residents.FindByAadhaar(key))?.Name : null)
            ?? answers.First(InputKind.Mobile)
            ?? context.Request.CitizenId;
        // What the money is for (temple and scheme, taxpayer category) is what the receipt says it covers.
        var chosen = answers.All.Where(a => a.Input.Kind == InputKind.Choice).ToList();
        var period = chosen.Count > 0
            ? string.Join(", ", chosen.Select(c => answers.Display(c.Input, c.Value).OneLine()))
            : Dates.Format(context.Today);

        var reference = await NextReference(context);
        // Nothing was billed, so the payment's own reference is the number the department knows it by.
        await Open(context, reference, reference, holder, amount, period);
        var payee = await billing.FindPayee(context.Department.Id, context.Service.Id);
        var message = DepartmentText.PayAmount.Fill(DepartmentText.Same(Rupees(amount)), context.ServiceName);
        var fields = new List<OutcomeField>
        {
            DepartmentText.Name.Field(holder),
            DepartmentText.Amount.Field(Money.Format(amount)),
        };
        fields.AddRange(chosen.Select(c => FieldLabels.For(c.Input).Field(answers.Display(c.Input, c.Value))));
        return AwaitingPayment(reference, message, fields, UpiLink.For(payee.Vpa, payee.Name, amount, reference, context.Service.Name.En));
    }

    private Task<string> NextReference(ServiceContext context) =>
        references.Next(ReferenceNumbers.Series(context.Department, "PAY", context.Today.Year), context.Request.RequestId);

    private Task Open(ServiceContext context, string reference, string account, string holder, decimal amount, string period) =>
        grains.GetGrain<IPaymentGrain>(reference).Open(new PaymentOrder
        {
            Reference = reference,
            CitizenId = context.Request.CitizenId,
            DepartmentId = context.Department.Id,
            ServiceId = context.Service.Id,
            ServiceNameEn = context.Service.Name.En,
            ServiceNameTe = context.Service.Name.Te,
            AccountNumber = account,
            HolderName = holder,
            Amount = amount,
            Period = period,
        });

    private static ServiceOutcome AwaitingPayment(string reference, LocalizedText message, IReadOnlyList<OutcomeField> fields, string link) => new()
    {
        Status = OutcomeStatus.AwaitingPayment,
        Reference = reference,
        MessageEn = message.En,
        MessageTe = message.Te,
        Fields = fields,
        PaymentLink = link,
    };

    private static string Rupees(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
