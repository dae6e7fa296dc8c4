using ManaMitra.Catalog;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Departments;

[Collection(ChatClusterCollection.Name)]
public sealed class PayBillTests(ChatCluster cluster)
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task A_bill_opens_a_payment_page_and_a_capture_reported_twice_sends_one_receipt()
    {
        var (_, bill) = Catalog.FindService("electricity-bill")!.Value;
        var citizen = "919600000001";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("energy").Run(SampleAnswers.Request(bill, citizen));

        Assert.Equal(OutcomeStatus.AwaitingPayment, outcome.Status);
        Assert.Matches(@"^ENE-PAY-\d{4}-\d{6}$", outcome.Reference);
        var view = (await cluster.Grains.GetGrain<IPaymentGrain>(outcome.Reference!).View())!;
        Assert.Equal(PaymentStatus.Pending, view.Status);
        Assert.Equal($"{ChatCluster.PublicBaseUrl}/pay/{view.GatewayOrderId}", outcome.PaymentLink);
        var due = outcome.Fields.Single(f => f.Label.En == "Amount due").Value;
        Assert.Equal(due, Rupees.Format(outcome.PaymentAmount!.Value));
        Assert.Equal(outcome.PaymentAmount.Value * 100, view.Order.AmountPaise);
        Assert.Null(view.Receipt);

        // The payer has written recently, so the receipt is told in words; past 24 hours it would be a template.
        await cluster.Citizen(citizen).Says("Hi");
        var payment = cluster.Grains.GetGrain<IPaymentGrain>(outcome.Reference!);
        var captured = await GatewayReports.For(cluster.Grains, outcome.Reference!, GatewayOutcome.Captured);
        Assert.Equal(SettleResult.Settled, await payment.Settle(captured));
        Assert.Equal(SettleResult.Duplicate, await payment.Settle(captured));
        var receipt = (await payment.View())!.Receipt;

        Assert.NotNull(receipt);
        Assert.Equal("receipt", receipt.Document!.Kind);
        Assert.Equal(SampleAnswers.Account, receipt.Document.Fields.Single(f => f.Label.En == "Number").Value);
        await Outboxes.Drained(cluster.Grains.GetGrain<ICitizenChatGrain>(citizen));
        var sent = await cluster.Sandbox.ReadAsync(citizen, 0, TimeSpan.Zero, CancellationToken.None);
        var told = Assert.Single(sent, m => m.Body.Contains($"received for {bill.Name.En}", StringComparison.Ordinal));
        Assert.Contains(outcome.Reference!, told.Body, StringComparison.Ordinal);
        Assert.Single(sent, m => m.Body.Contains("\"type\":\"document\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_payment_reference_settles_nothing()
    {
        var payment = cluster.Grains.GetGrain<IPaymentGrain>("ENE-PAY-1999-000001");
        var report = new GatewayReport { OrderId = "order_x", PaymentId = "pay_x", Outcome = GatewayOutcome.Captured, AmountPaise = 100 };

        Assert.Equal(SettleResult.Ignored, await payment.Settle(report));
        Assert.Null(await payment.View());
    }

    [Fact]
    public async Task An_account_number_with_a_wrong_check_digit_is_declined()
    {
        var (_, water) = Catalog.FindService("water-tax")!.Value;
        var answers = SampleAnswers.For(water, "919600000002");
        answers["connection-number"] = "12345675";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("municipal-administration").Run(SampleAnswers.Request(water, "919600000002", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
        Assert.Null(outcome.PaymentLink);
        Assert.Contains("12345675", outcome.Message.Te, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_donation_is_paid_for_the_amount_the_citizen_entered_and_its_receipt_says_what_it_was_for()
    {
        var (_, donation) = Catalog.FindService("annadanam-donation")!.Value;
        var citizen = "919600000003";
        var answers = SampleAnswers.For(donation, citizen);
        answers["temple"] = "simhachalam";
        answers["scheme"] = "gosamrakshana";
        answers["amount"] = "1116";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("endowments").Run(SampleAnswers.Request(donation, citizen, answers: answers));

        Assert.Equal(OutcomeStatus.AwaitingPayment, outcome.Status);
        Assert.Matches(@"^END-PAY-\d{4}-\d{6}$", outcome.Reference);
        Assert.Equal(1116m, outcome.PaymentAmount);
        Assert.Equal(111600, (await cluster.Grains.GetGrain<IPaymentGrain>(outcome.Reference!).View())!.Order.AmountPaise);
        Assert.Equal("₹1,116", outcome.Fields.Single(f => f.Label.En == "Amount").Value);
        Assert.Contains("₹1,116", outcome.Message.Te, StringComparison.Ordinal);

        var receipt = await GatewayReports.Capture(cluster.Grains, outcome.Reference!);

        Assert.Equal("₹1,116", receipt!.Fields.Single(f => f.Label.En == "Amount paid").Value);
        Assert.Equal("Simhachalam / సింహాచలం, Go-samrakshana / గోసంరక్షణ", receipt.Fields.Single(f => f.Label.En == "Period").Value);
        Assert.Equal(outcome.Reference, receipt.Fields.Single(f => f.Label.En == "Number").Value);
    }

    [Fact]
    public async Task A_donor_who_types_a_name_is_named_on_the_payment_rather_than_looked_up_as_an_account()
    {
        var (department, donation) = Catalog.FindService("cmrf-donate")!.Value;
        var answers = SampleAnswers.For(donation, "919600000004");
        answers["applicant-name"] = "Ravi Kumar";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(donation, "919600000004", answers: answers));

        Assert.Equal(OutcomeStatus.AwaitingPayment, outcome.Status);
        Assert.Equal("Ravi Kumar", outcome.Fields.Single(f => f.Label.En == "Name").Value);
    }

    [Fact]
    public async Task Stamp_paper_is_bought_in_the_name_the_resident_register_holds_for_the_aadhaar()
    {
        var (_, stamp) = Catalog.FindService("e-stamp-paper")!.Value;
        var citizen = "919600000005";
        var resident = await new ManaMitra.Departments.Sandbox.SandboxResidents().FindByAadhaar($"aadhaar-key-{citizen}");

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("registration").Run(SampleAnswers.Request(stamp, citizen));

        Assert.Equal(OutcomeStatus.AwaitingPayment, outcome.Status);
        Assert.Equal(resident!.Name, outcome.Fields.Single(f => f.Label.En == "Name").Value);
        Assert.Equal("₹1,20,000", outcome.Fields.Single(f => f.Label.En == "Amount").Value);
    }
}
