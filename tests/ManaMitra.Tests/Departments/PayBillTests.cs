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
    public async Task A_bill_gives_a_upi_link_and_confirming_twice_sends_one_receipt()
    {
        var (energy, bill) = Catalog.FindService("electricity-bill")!.Value;
        var citizen = "919600000001";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("energy").Run(SampleAnswers.Request(bill, citizen));

        Assert.Equal(OutcomeStatus.AwaitingPayment, outcome.Status);
        Assert.Matches(@"^ENE-PAY-\d{4}-\d{6}$", outcome.Reference);
        var link = new Uri(outcome.PaymentLink!);
        Assert.Equal("upi", link.Scheme);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        Assert.Equal("energy@sandboxupi", query["pa"]);
        Assert.Equal(outcome.Reference, query["tr"]);
        Assert.Equal("INR", query["cu"]);
        Assert.Equal($"Government of Andhra Pradesh - {energy.Name.En}", query["pn"]);
        var due = outcome.Fields.Single(f => f.Label.En == "Amount due").Value;
        Assert.Equal(due, Rupees.Format(decimal.Parse(query["am"]!, System.Globalization.CultureInfo.InvariantCulture)));

        // The payer has written recently, so the receipt is told in words; past 24 hours it would be a template.
        await cluster.Citizen(citizen).Says("Hi");
        var payment = cluster.Grains.GetGrain<IPaymentGrain>(outcome.Reference!);
        var receipt = await payment.Confirm();
        var again = await payment.Confirm();

        Assert.NotNull(receipt);
        Assert.NotNull(again);
        Assert.Equal(receipt.Document!.Id, again.Document!.Id);
        Assert.Equal(receipt.Fields, again.Fields);
        Assert.Equal("receipt", receipt.Document!.Kind);
        Assert.Equal(SampleAnswers.Account, receipt.Document.Fields.Single(f => f.Label.En == "Number").Value);
        await Outboxes.Drained(cluster.Grains.GetGrain<ICitizenChatGrain>(citizen));
        var sent = await cluster.Sandbox.ReadAsync(citizen, 0, TimeSpan.Zero, CancellationToken.None);
        var told = Assert.Single(sent, m => m.Body.Contains($"received for {bill.Name.En}", StringComparison.Ordinal));
        Assert.Contains(outcome.Reference!, told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_payment_reference_confirms_nothing()
    {
        Assert.Null(await cluster.Grains.GetGrain<IPaymentGrain>("ENE-PAY-1999-000001").Confirm());
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
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(outcome.PaymentLink!).Query);
        Assert.Equal("1116.00", query["am"]);
        Assert.Equal("endowments@sandboxupi", query["pa"]);
        Assert.Equal(outcome.Reference, query["tr"]);
        Assert.Equal("₹1,116", outcome.Fields.Single(f => f.Label.En == "Amount").Value);
        Assert.Contains("₹1,116", outcome.Message.Te, StringComparison.Ordinal);

        var receipt = await cluster.Grains.GetGrain<IPaymentGrain>(outcome.Reference!).Confirm();

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
