using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;

namespace ManaMitra.Tests.Departments;

/// <summary>Every service in the shipped catalog runs end to end on the sandbox back-end.</summary>
[Collection(ChatClusterCollection.Name)]
public sealed class CatalogServiceTests(ChatCluster cluster)
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    public static TheoryData<string> Services() => new(Catalog.Departments.SelectMany(d => d.Services).Select(s => s.Id));

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_serves_valid_sample_answers(string serviceId)
    {
        var (department, service) = Catalog.FindService(serviceId)!.Value;
        var citizen = $"9198{Math.Abs(serviceId.GetHashCode(StringComparison.Ordinal)) % 100_000_000:D8}";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizen));

        var expected = service.Handler switch
        {
            HandlerKind.PayBill => OutcomeStatus.AwaitingPayment,
            // Paid places are held for the payment; the ticket comes with the capture.
            HandlerKind.BookSlot when Fares.PerPlace(service, i => SampleAnswers.For(service, citizen).GetValueOrDefault(i.Id)) > 0 => OutcomeStatus.AwaitingPayment,
            HandlerKind.IssueCertificate => OutcomeStatus.Submitted,
            // The sample number was never applied for: a tracker says so rather than invent a stage.
            HandlerKind.TrackStatus => OutcomeStatus.Declined,
            _ => OutcomeStatus.Completed,
        };
        Assert.True(expected == outcome.Status, $"{serviceId}: {outcome.Status} — {outcome.Message.En}");
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message.En));
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message.Te));
        if (service.Handler == HandlerKind.IssueCertificate)
        {
            var application = await cluster.Grains.GetGrain<IApplicationGrain>(outcome.Reference!).View();
            Assert.NotNull(application);
            Assert.Equal(service.Fee > 0 ? ApplicationStage.FeeDue : ApplicationStage.UnderReview, application.Stage);
            Assert.Equal(citizen, application.Submission.CitizenId);
            Assert.DoesNotContain(application.Submission.Answers, f => f.Value.Contains("aadhaar-key", StringComparison.Ordinal));
        }

        if (outcome.Status == OutcomeStatus.Completed && service.Handler is HandlerKind.FetchDocument or HandlerKind.BookSlot)
        {
            Assert.NotNull(outcome.Document);
            Assert.Equal(service.Id, outcome.Document.ServiceId);
            Assert.DoesNotContain(outcome.Document.Fields, f => f.Value.Contains("aadhaar-key", StringComparison.Ordinal));
        }
        else
        {
            Assert.Null(outcome.Document);
        }
    }

    [Fact]
    public async Task An_application_is_numbered_in_its_series_and_a_retried_submission_keeps_its_number()
    {
        var (_, service) = Catalog.FindService("income-certificate")!.Value;
        var request = SampleAnswers.Request(service, "919800000001");

        var first = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("revenue").Run(request);
        var retry = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("revenue").Run(request);
        var another = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("revenue").Run(SampleAnswers.Request(service, "919800000001"));

        Assert.Matches(@"^REV-INC-\d{4}-\d{6}$", first.Reference);
        Assert.Equal(first.Reference, retry.Reference);
        Assert.NotEqual(first.Reference, another.Reference);
        Assert.Null(first.Document);
        var application = (await cluster.Grains.GetGrain<IApplicationGrain>(first.Reference!).View())!;
        Assert.Equal(SampleAnswers.Name, application.Submission.ApplicantName);
        Assert.Contains(application.Submission.Answers, f => f.Label.En == "Aadhaar" && f.Value == SampleAnswers.MaskedAadhaar);
    }

    [Fact]
    public async Task An_unknown_hall_ticket_is_declined_in_both_languages()
    {
        var (_, service) = Catalog.FindService("ssc-results")!.Value;
        var answers = SampleAnswers.For(service, "919800000002");
        answers["hall-ticket"] = "2610100015";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("school-education").Run(SampleAnswers.Request(service, "919800000002", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
        Assert.Contains("hall ticket", outcome.Message.En, StringComparison.Ordinal);
        Assert.Contains("హాల్ టికెట్", outcome.Message.Te, StringComparison.Ordinal);
        Assert.Null(outcome.Document);
    }

    [Fact]
    public async Task A_marks_memo_needs_the_students_own_date_of_birth()
    {
        var (_, service) = Catalog.FindService("ssc-marks-memo")!.Value;
        var answers = SampleAnswers.For(service, "919800000003");
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>("school-education");

        var found = await grain.Run(SampleAnswers.Request(service, "919800000003", answers: answers));
        answers["date-of-birth"] = SampleAnswers.Iso(SampleAnswers.SampleStudentBirth.AddDays(1));
        var wrongBirth = await grain.Run(SampleAnswers.Request(service, "919800000003", answers: answers));

        Assert.Equal(OutcomeStatus.Completed, found.Status);
        Assert.Equal("marks-memo", found.Document!.Kind);
        Assert.Equal(SampleAnswers.HallTicket, found.Reference);
        Assert.Equal(OutcomeStatus.Declined, wrongBirth.Status);
    }

    [Fact]
    public async Task A_service_outside_the_grains_department_is_declined()
    {
        var (_, service) = Catalog.FindService("income-certificate")!.Value;

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("energy").Run(SampleAnswers.Request(service, "919800000004"));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
    }
}
