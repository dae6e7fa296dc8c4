using ManaMitra.Catalog;
using ManaMitra.Departments.Documents;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;

namespace ManaMitra.Tests.Departments;

[Collection(ChatClusterCollection.Name)]
public sealed class FetchDocumentTests(ChatCluster cluster)
{
    private static readonly DepartmentText DepartmentText = ShippedLanguages.Texts.Departments;

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task An_entrance_test_hall_ticket_is_found_by_application_number_and_names_the_chosen_test()
    {
        var (department, cet) = Catalog.FindService("cet-hall-ticket")!.Value;
        var answers = SampleAnswers.For(cet, "919500000001");
        answers["exam"] = "icet";
        answers["date-of-birth"] = "2004-03-09";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(cet, "919500000001", answers: answers));

        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        Assert.Equal("hall-ticket", outcome.Document!.Kind);
        Assert.Equal("09-03-2004", outcome.Document.Fields.Single(f => f.Label.En == "Date of birth").Value);
        Assert.Equal("AP ICET / ఏపీ ఐసెట్", outcome.Document.Fields.Single(f => f.Label.En == "Examination").Value);
        Assert.StartsWith("Exam centre ", outcome.Document.Fields.Single(f => f.Label.En == "Examination centre").Value, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Document.Fields, f => f.Label.En == "School");
        Assert.Matches(@"^\d{10}$", outcome.Reference);
    }

    [Theory]
    [InlineData("12345675")]
    [InlineData("TET-APP")]
    public async Task An_application_number_not_on_record_is_declined(string applicationNumber)
    {
        var (department, tet) = Catalog.FindService("tet-hall-ticket")!.Value;
        var answers = SampleAnswers.For(tet, "919500000002");
        answers["application-number"] = applicationNumber;

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(tet, "919500000002", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
        Assert.Equal(DepartmentText.RecordNotFound.En, outcome.Message.En);
        Assert.Null(outcome.Document);
    }

    [Fact]
    public async Task A_hall_ticket_service_added_as_data_asking_only_a_roll_number_is_served()
    {
        var (department, dsc) = Catalog.FindService("dsc-hall-ticket")!.Value;
        var rollOnly = dsc with { Id = "police-constable-hall-ticket", Inputs = [dsc.Inputs.Single(i => i.Kind == InputKind.FreeText)] };
        var request = SampleAnswers.Request(rollOnly, "919500000003");
        var documents = new StudentDocuments(new SandboxStudents());
        var context = new ServiceContext(department, rollOnly, request, DateTimeOffset.UtcNow, Catalog.Texts);

        var outcome = await documents.Fetch(context);
        var again = await documents.Fetch(context);

        Assert.True(documents.Serves(context));
        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        Assert.Equal("police-constable-hall-ticket", outcome.Document!.ServiceId);
        Assert.Equal(outcome.Document.Fields, again.Document!.Fields);
    }

    [Fact]
    public async Task A_ration_card_is_found_by_its_number()
    {
        var (department, history) = Catalog.FindService("ration-transactions")!.Value;
        var card = await new SandboxRationCards().FindByAadhaar("aadhaar-key-919500000004");
        var answers = SampleAnswers.For(history, "919500000004");
        answers["ration-card-number"] = card!.Number;

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(history, "919500000004", answers: answers));

        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        Assert.Equal(RationCardDocuments.DocumentKind, outcome.Document!.Kind);
        Assert.Equal(card.Number, outcome.Reference);
        Assert.Equal(card.HeadOfFamily, outcome.Document.HolderName);
    }

    [Fact]
    public async Task The_sandbox_finds_the_same_card_by_a_members_aadhaar_and_by_its_number_and_no_card_for_a_typo()
    {
        var cards = new SandboxRationCards();

        var byAadhaar = await cards.FindByAadhaar("aadhaar-key-919500000005");
        var byNumber = await cards.FindByNumber(byAadhaar!.Number);
        var typo = await cards.FindByNumber(byAadhaar.Number[..^1] + (char)('0' + ((byAadhaar.Number[^1] - '0' + 1) % 10)));

        Assert.Equal(byAadhaar, byNumber);
        Assert.Null(typo);
    }

    [Fact]
    public async Task A_signed_1b_extract_is_the_land_registers_parcel_and_none_for_a_survey_number_not_on_record()
    {
        var (department, extract) = Catalog.FindService("signed-1b-extract")!.Value;
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id);
        var answers = SampleAnswers.For(extract, "919500000007");
        answers["village"] = "Tenali";
        answers["survey-number"] = "45/2";
        var parcel = await new SandboxLandRecords().Find("Tenali", "45/2");

        var outcome = await grain.Run(SampleAnswers.Request(extract, "919500000007", answers: answers));
        answers["survey-number"] = "A-45";
        var notOnRecord = await grain.Run(SampleAnswers.Request(extract, "919500000007", answers: answers));

        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        Assert.Equal(LandDocuments.DocumentKind, outcome.Document!.Kind);
        Assert.Equal(parcel!.Pattadar, outcome.Document.HolderName);
        Assert.Equal(parcel.KhataNumber, outcome.Reference);
        Assert.Equal(OutcomeStatus.Declined, notOnRecord.Status);
        Assert.Equal(DepartmentText.RecordNotFound.En, notOnRecord.Message.En);
        Assert.Null(notOnRecord.Document);
    }

    [Fact]
    public async Task Vehicle_registration_details_are_no_ration_card_though_registration_holds_the_letters()
    {
        var (department, vehicle) = Catalog.FindService("vehicle-registration-details")!.Value;
        var answers = SampleAnswers.For(vehicle, "919500000006");
        answers["vehicle-number"] = "AP39AB1234";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(vehicle, "919500000006", answers: answers));

        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        Assert.Equal(ResidentDocuments.DocumentKind, outcome.Document!.Kind);
        Assert.Contains(outcome.Document.Fields, f => f.Value == "AP39AB1234");
    }
}
