using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Departments;

namespace ManaMitra.Tests.Applications;

/// <summary>
/// An application on the real grains, from submission to an official's decision: no document before approval, the
/// certificate in the applicant's name after it, a rejection's reason in the citizen's language, and a decision
/// refused once made. Occupancy rights is a revenue certificate without a fee, so it goes straight to review.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed class ApplicationLifecycleTests(ChatCluster cluster)
{
    private const string Applicant = "Kondapalli Lakshmi";

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task A_submitted_application_waits_for_review_with_a_due_date_and_no_document()
    {
        var citizen = await Chatting("en");

        var outcome = await Submit("occupancy-rights-certificate", citizen.Id);
        var application = (await Application(outcome).View())!;

        Assert.Equal(OutcomeStatus.Submitted, outcome.Status);
        Assert.Null(outcome.Document);
        Assert.Equal(ApplicationStage.UnderReview, application.Stage);
        var sla = Catalog.FindService("occupancy-rights-certificate")!.Value.Service.SlaDays;
        Assert.Equal(application.Submission.SubmittedAt.AddDays(sla), application.Submission.DueBy);
        Assert.Null(await cluster.Grains.GetGrain<ICertificateGrain>(outcome.Reference!).Get());
        var queue = await cluster.Grains.GetGrain<IDepartmentApplicationsGrain>("revenue").List(ApplicationFilter.Pending);
        Assert.Contains(queue, line => line.Reference == outcome.Reference && line.Stage == ApplicationStage.UnderReview);
    }

    [Fact]
    public async Task Approval_issues_the_certificate_in_the_applicants_name_and_sends_it_to_the_citizen()
    {
        var citizen = await Chatting("en");
        var outcome = await Submit("occupancy-rights-certificate", citizen.Id);

        var result = await Application(outcome).Decide(new OfficerDecision(Verdict.Approved, string.Empty, "tahsildar.vijayawada"));
        var told = await citizen.Drained();

        Assert.Equal(DecisionResult.Done, result);
        var certificate = (await cluster.Grains.GetGrain<ICertificateGrain>(outcome.Reference!).Get())!;
        Assert.Equal(Applicant, certificate.Document.HolderName);
        var document = Assert.Single(told.Messages, m => m.GetProperty("type").GetString() == "document");
        Assert.EndsWith($"/{outcome.Reference}", new Uri(document.GetProperty("document").GetProperty("link").GetString()!).AbsolutePath);
        var view = (await Application(outcome).View())!;
        Assert.Equal(ApplicationStage.Approved, view.Stage);
        Assert.Equal("tahsildar.vijayawada", view.History[^1].By);
        Assert.Equal(outcome.Reference, view.DocumentId);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_tells_it_in_the_citizens_language_without_a_document()
    {
        var citizen = await Chatting("te");
        var outcome = await Submit("occupancy-rights-certificate", citizen.Id, language: "te");
        var application = Application(outcome);

        var silent = await application.Decide(new OfficerDecision(Verdict.Rejected, "  ", "tahsildar.vijayawada"));
        var stillPending = (await application.View())!.Stage;
        var rejected = await application.Decide(new OfficerDecision(Verdict.Rejected, "Survey number is not assigned land.", "tahsildar.vijayawada"));
        var told = await citizen.Drained();

        Assert.Equal(DecisionResult.NoteRequired, silent);
        Assert.Equal(ApplicationStage.UnderReview, stillPending);
        Assert.Equal(DecisionResult.Done, rejected);
        var text = Replies.TextOf(Assert.Single(told.Messages));
        var service = Catalog.FindService("occupancy-rights-certificate")!.Value.Service.Name.In("te");
        Assert.StartsWith(ShippedLanguages.Texts.Departments.ApplicationRejected.Fill(outcome.Reference!, service, "Survey number is not assigned land.").In("te"), text, StringComparison.Ordinal);
        Assert.Null(await cluster.Grains.GetGrain<ICertificateGrain>(outcome.Reference!).Get());
    }

    [Fact]
    public async Task A_decided_application_cannot_be_decided_again()
    {
        var citizen = await Chatting("en");
        var outcome = await Submit("occupancy-rights-certificate", citizen.Id);
        var application = Application(outcome);
        await application.Decide(new OfficerDecision(Verdict.Rejected, "Not eligible.", "tahsildar.vijayawada"));

        var again = await application.Decide(new OfficerDecision(Verdict.Approved, string.Empty, "tahsildar.vijayawada"));

        Assert.Equal(DecisionResult.NotPending, again);
        Assert.Equal(ApplicationStage.Rejected, (await application.View())!.Stage);
        Assert.Null(await cluster.Grains.GetGrain<ICertificateGrain>(outcome.Reference!).Get());
    }

    [Fact]
    public async Task An_application_with_a_fee_waits_for_it_and_cannot_be_approved_before()
    {
        var citizen = await Chatting("en");
        var outcome = await Submit("income-certificate", citizen.Id);
        var application = Application(outcome);

        var approved = await application.Decide(new OfficerDecision(Verdict.Approved, string.Empty, "tahsildar.vijayawada"));

        Assert.Equal(ApplicationStage.FeeDue, (await application.View())!.Stage);
        Assert.Equal(DecisionResult.NotPending, approved);
        Assert.Null(await cluster.Grains.GetGrain<ICertificateGrain>(outcome.Reference!).Get());
    }

    [Fact]
    public async Task An_unknown_reference_is_not_found()
    {
        var result = await cluster.Grains.GetGrain<IApplicationGrain>("REV-ORC-2026-999999")
            .Decide(new OfficerDecision(Verdict.Approved, string.Empty, "tahsildar.vijayawada"));

        Assert.Equal(DecisionResult.NotFound, result);
    }

    private async Task<Citizen> Chatting(string language)
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage(language));
        return citizen;
    }

    private async Task<ServiceOutcome> Submit(string serviceId, string citizenId, string language = "en")
    {
        var (department, service) = Catalog.FindService(serviceId)!.Value;
        var answers = SampleAnswers.For(service, citizenId);
        foreach (var input in service.Inputs.Where(i => i.Kind == InputKind.PersonName))
        {
            answers[input.Id] = Applicant;
        }

        var request = SampleAnswers.Request(service, citizenId, answers: answers) with { LanguageCode = language };
        return await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(request);
    }

    private IApplicationGrain Application(ServiceOutcome outcome) => cluster.Grains.GetGrain<IApplicationGrain>(outcome.Reference!);
}
