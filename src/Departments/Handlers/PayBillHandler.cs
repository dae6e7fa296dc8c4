using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Opens a payment order and hands the citizen its payment page (a "Pay" button); the receipt follows on capture.
/// What is paid is either the dues looked up on the citizen's account, or, when the service asks for an amount (a
/// donation, stamp paper, a self-assessed tax), the amount the citizen entered.
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
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        var bill = await billing.FindBill(context.Department.Id, context.Service.Id, account);
        if (bill is null)
        {
            return ServiceContext.NotFound(context.Text.AccountNotFound.Fill(account), context.Answers.IdentifierInput);
        }

        if (bill.Amount <= 0)
        {
            var settled = context.Text.NoDues.Fill(bill.AccountNumber);
            return new ServiceOutcome { Status = OutcomeStatus.Completed, Message = settled };
        }

        var reference = await NextReference(context);
        var opened = await Open(context, reference, bill.AccountNumber, bill.HolderName, bill.Amount, bill.Period);
        var message = context.Text.PayNow.Fill(Rupees.Format(bill.Amount), context.ServiceName, bill.AccountNumber);
        return AwaitingPayment(
            reference,
            bill.Amount,
            message,
            [
                context.Text.Name.Field(bill.HolderName),
                context.Text.AmountDue.Field(Rupees.Format(bill.Amount)),
                context.Text.Period.Field(bill.Period),
                context.Text.DueDate.Field(Dates.Format(bill.DueDate)),
            ],
            opened);
    }

    private async Task<ServiceOutcome> PayEnteredAmount(ServiceContext context)
    {
        var answers = context.Answers;
        if (!decimal.TryParse(answers.First(InputKind.Amount), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        // A name typed on the form (the donor's), else the Aadhaar holder's, else whoever is paying from this phone.
        var holder = answers.First(InputKind.PersonName)
            ?? (answers.AadhaarKey is { } key ? (await residents.FindByAadhaar(key))?.Name : null)
            ?? answers.First(InputKind.Mobile)
            ?? context.Request.ReplyTo;
        // What the money is for (temple and scheme, taxpayer category) is what the receipt says it covers.
        var chosen = answers.All.Where(a => a.Input.Kind == InputKind.Choice).ToList();
        var period = chosen.Count > 0
            ? string.Join(", ", chosen.Select(c => answers.Display(c.Input, c.Value)))
            : Dates.Format(context.Today);

        var reference = await NextReference(context);
        // Nothing was billed, so the payment's own reference is the number the department knows it by.
        var opened = await Open(context, reference, reference, holder, amount, period);
        var message = context.Text.PayAmount.Fill(Rupees.Format(amount), context.ServiceName);
        var fields = new List<OutcomeField>
        {
            context.Text.Name.Field(holder),
            context.Text.Amount.Field(Rupees.Format(amount)),
        };
        fields.AddRange(chosen.Select(c => FieldLabels.For(c.Input).Field(answers.Display(c.Input, c.Value))));
        return AwaitingPayment(reference, amount, message, fields, opened);
    }

    private Task<string> NextReference(ServiceContext context) =>
        references.Next(ReferenceNumbers.Series(context.Department, "PAY", context.Today.Year), context.Request.RequestId);

    /// <returns>The payment page of the order, and what its bill shows.</returns>
    private async Task<(string Page, PaymentDue Due)> Open(ServiceContext context, string reference, string account, string holder, decimal amount, string period)
    {
        var order = context.PaymentOrder(reference, account, holder, amount, period);
        return (await grains.GetGrain<IPaymentGrain>(reference).Open(order), PaymentDue.Of(order));
    }

    private static ServiceOutcome AwaitingPayment(
        string reference, decimal amount, LocalizedText message, IReadOnlyList<OutcomeField> fields, (string Page, PaymentDue Due) opened) => new()
    {
        Status = OutcomeStatus.AwaitingPayment,
        Reference = reference,
        Message = message,
        Fields = fields,
        PaymentLink = opened.Page,
        PaymentAmount = amount,
        PaymentDue = opened.Due,
    };
}
