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
    public async Task A_correction_puts_a_returned_application_back_to_review_with_its_original_due_date()
    {
        var citizen = await Chatting("en");
        var outcome = await Submit("occupancy-rights-certificate", citizen.Id);
        var application = Application(outcome);
        var submitted = (await application.View())!;
        var early = await application.Correct(new CitizenReply(citizen.Id, "Patta copy attached."));
        await application.Decide(new OfficerDecision(Verdict.Returned, "Attach the patta copy.", "tahsildar.vijayawada"));

        var corrected = await application.Correct(new CitizenReply(citizen.Id, "  Patta copy number 4471 attached.  "));

        Assert.Equal(CitizenReplyResult.NotAwaited, early);
        Assert.Equal(CitizenReplyResult.Done, corrected);
        var view = (await application.View())!;
        Assert.Equal(ApplicationStage.UnderReview, view.Stage);
        Assert.Equal(submitted.Submission.DueBy, view.DueBy);
        Assert.Equal((ApplicationStage.UnderReview, "citizen (WhatsApp)", "Patta copy number 4471 attached."), (view.History[^1].Stage, view.History[^1].By, view.History[^1].Note));
        var queue = await Queue(ApplicationFilter.Pending);
        Assert.Contains(queue, line => line.Reference == outcome.Reference && line.Stage == ApplicationStage.UnderReview && line.DueBy == submitted.Submission.DueBy);
    }

    [Fact]
    public async Task Only_the_applicant_corrects_and_only_within_the_limit()
    {
        var citizen = await Chatting("en");
        var outcome = await Submit("occupancy-rights-certificate", citizen.Id);
        var application = Application(outcome);
        await application.Decide(new OfficerDecision(Verdict.Returned, "Attach the patta copy.", "tahsildar.vijayawada"));

        var stranger = await application.Correct(new CitizenReply("919000000001", "Here is the patta."));
        var tooLong = await application.Correct(new CitizenReply(citizen.Id, new string('x', CitizenReply.MaxLength + 1)));
        var empty = await application.Correct(new CitizenReply(citizen.Id, "   "));

        Assert.Equal(CitizenReplyResult.NotFound, stranger);
        Assert.Equal(CitizenReplyResult.BadLength, tooLong);
        Assert.Equal(CitizenReplyResult.BadLength, empty);
        var view = (await application.View())!;
        Assert.Equal(ApplicationStage.Returned, view.Stage);
        Assert.Equal(2, view.History.Count);
    }

    [Fact]
    public async Task An_appeal_goes_to_another_official_due_within_the_SLA_and_approval_issues_the_certificate()
    {
        var citizen = await Chatting("en");
        var outcome = await Submit("occupancy-rights-certificate", citizen.Id);
        var application = Application(outcome);
        await application.Decide(new OfficerDecision(Verdict.Rejected, "Survey number is not assigned land.", "tahsildar.vijayawada"));
        var submission = (await application.View())!.Submission;

        var before = DateTimeOffset.UtcNow;
        var appealed = await application.Appeal(new CitizenReply(citizen.Id, "The land was assigned in 1998; the patta is attached."));
        var after = DateTimeOffset.UtcNow;
        var underAppeal = (await application.View())!;
        var pending = await Queue(ApplicationFilter.Pending);
        var returned = await application.Decide(new OfficerDecision(Verdict.Returned, "Attach the 1998 order.", "rdo.vijayawada"));
        var sameOfficial = await application.Decide(new OfficerDecision(Verdict.Approved, string.Empty, "Tahsildar.Vijayawada"));
        var stillUnderAppeal = (await application.View())!.Stage;
        await citizen.Drained();
        var approved = await application.Decide(new OfficerDecision(Verdict.Approved, string.Empty, "rdo.vijayawada"));
        var told = await citizen.Drained();

        Assert.Equal(CitizenReplyResult.Done, appealed);
        Assert.Equal(ApplicationStage.UnderAppeal, underAppeal.Stage);
        Assert.True(underAppeal.IsPending);
        var sla = submission.DueBy - submission.SubmittedAt;
        Assert.InRange(underAppeal.DueBy, before + sla, after + sla);
        Assert.Equal(submission.DueBy, underAppeal.Submission.DueBy);
        Assert.Equal(("citizen (WhatsApp)", "The land was assigned in 1998; the patta is attached."), (underAppeal.History[^1].By, underAppeal.History[^1].Note));
        Assert.Contains(pending,
            line => line.Reference == outcome.Reference && line.Stage == ApplicationStage.UnderAppeal && line.Appealed && line.DueBy == underAppeal.DueBy);
        Assert.Equal(DecisionResult.NotPending, returned);
        Assert.Equal(DecisionResult.SameOfficial, sameOfficial);
        Assert.Equal(ApplicationStage.UnderAppeal, stillUnderAppeal);
        Assert.Equal(DecisionResult.Done, approved);
        var view = (await application.View())!;
        Assert.Equal((ApplicationStage.Approved, "rdo.vijayawada"), (view.Stage, view.History[^1].By));
        Assert.Equal(Applicant, (await cluster.Grains.GetGrain<ICertificateGrain>(outcome.Reference!).Get())!.Document.HolderName);
        Assert.Single(told.Messages, m => m.GetProperty("type").GetString() == "document");
    }

    [Fact]
    public async Task An_application_is_appealed_once_and_its_rejection_on_appeal_is_final()
    {
        var citizen = await Chatting("te");
        var outcome = await Submit("occupancy-rights-certificate", citizen.Id, language: "te");
        var application = Application(outcome);
        var early = await application.Appeal(new CitizenReply(citizen.Id, "Please reconsider."));
        await application.Decide(new OfficerDecision(Verdict.Rejected, "Not eligible.", "tahsildar.vijayawada"));
        var emptyReason = await application.Appeal(new CitizenReply(citizen.Id, " "));
        var stranger = await application.Appeal(new CitizenReply("919000000002", "Please reconsider."));
        await application.Appeal(new CitizenReply(citizen.Id, "I am eligible: my income is below the limit."));
        var twiceWhilePending = await application.Appeal(new CitizenReply(citizen.Id, "Again."));
        await citizen.Drained();
        await application.Decide(new OfficerDecision(Verdict.Rejected, "Income is above the limit.", "rdo.vijayawada"));
        var told = await citizen.Drained();

        var again = await application.Appeal(new CitizenReply(citizen.Id, "I appeal again."));

        Assert.Equal(CitizenReplyResult.NotAwaited, early);
        Assert.Equal(CitizenReplyResult.BadLength, emptyReason);
        Assert.Equal(CitizenReplyResult.NotFound, stranger);
        Assert.Equal(CitizenReplyResult.NotAppealable, twiceWhilePending);
        Assert.Equal(CitizenReplyResult.NotAppealable, again);
        Assert.Equal(ApplicationStage.Rejected, (await application.View())!.Stage);
        var final = Assert.Single(told.Messages);
        Assert.Equal("text", final.GetProperty("type").GetString());
        var service = Catalog.FindService("occupancy-rights-certificate")!.Value.Service.Name.In("te");
        Assert.StartsWith(ShippedLanguages.Texts.Departments.AppealRejected.Fill(outcome.Reference!, service, "Income is above the limit.").In("te"),
            Replies.TextOf(final), StringComparison.Ordinal);
        Assert.Contains(await Queue(ApplicationFilter.Decided), line => line.Reference == outcome.Reference && line.Appealed);
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

    private Task<IReadOnlyList<ApplicationSummary>> Queue(ApplicationFilter filter) =>
        cluster.Grains.GetGrain<IDepartmentApplicationsGrain>("revenue").List(filter);

    private IApplicationGrain Application(ServiceOutcome outcome) => cluster.Grains.GetGrain<IApplicationGrain>(outcome.Reference!);
}
