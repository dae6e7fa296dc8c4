using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Forms;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Applications;

/// <summary>
/// Status from the record, in the chat: a reference typed anywhere (any case, with or without dashes) shows the
/// application's true stage and history; "my applications" lists the citizen's own; another citizen's reference
/// shows nothing. A returned application is corrected, and a rejection appealed once, by answering in the chat.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed partial class ApplicationChatTests(ChatCluster cluster)
{
    private const string ServiceId = "occupancy-rights-certificate";

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [GeneratedRegex(@"REV-[A-Z]+-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [Theory]
    [InlineData("dashed")]
    [InlineData("lower")]
    [InlineData("compact")]
    public async Task A_typed_reference_shows_the_true_stage_and_the_officials_note(string spelling)
    {
        var (citizen, reference) = await Applied("en");
        await cluster.Grains.GetGrain<IApplicationGrain>(reference)
            .Decide(new OfficerDecision(Verdict.Returned, "Attach the patta copy.", "tahsildar.vijayawada"));
        await citizen.Drained();
        var typed = spelling switch
        {
            "lower" => reference.ToLowerInvariant(),
            "compact" => reference.Replace("-", string.Empty, StringComparison.Ordinal),
            _ => reference,
        };

        var shown = Replies.TextOf((await citizen.Says(typed)).Last);

        var service = Catalog.FindService(ServiceId)!.Value.Service.Name.En;
        Assert.Contains(ShippedLanguages.Texts.Departments.ApplicationStatus.Fill(service, reference, ShippedLanguages.Texts.Departments.StageReturned).En, shown, StringComparison.Ordinal);
        Assert.Contains("Attach the patta copy.", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_my_data_erases_the_applicants_name_and_answers_and_keeps_the_reference_and_stage()
    {
        var (citizen, reference) = await Applied("en");
        var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
        var before = (await application.View())!;
        Assert.False(await application.Erase(cluster.Citizen().Id));

        await citizen.Says("delete my data");
        await citizen.Taps(ChoiceIds.EraseConfirmed);

        var after = (await application.View())!;
        Assert.NotEmpty(before.Submission.Answers);
        Assert.Equal(string.Empty, after.Submission.ApplicantName);
        Assert.Empty(after.Submission.Answers);
        Assert.Equal((before.Stage, before.Submission.ServiceId, before.Submission.SubmittedAt), (after.Stage, after.Submission.ServiceId, after.Submission.SubmittedAt));
        Assert.Contains("choose your language", Replies.TextOf((await citizen.Says("my applications")).Last), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_an_approved_application_leaves_its_certificate_at_its_registry_minimum()
    {
        var (citizen, reference) = await Applied("te");
        var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
        Assert.Equal(DecisionResult.Done, await application.Decide(new OfficerDecision(Verdict.Approved, "Checked the patta.", "tahsildar.vijayawada")));
        var certificate = cluster.Grains.GetGrain<ICertificateGrain>((await application.View())!.DocumentId!);
        var issued = (await certificate.Get())!;

        // Directly, as for an application the conversation no longer lists: the application finds its certificate.
        Assert.True(await application.Erase(citizen.Id));

        var kept = (await certificate.Get())!;
        Assert.Equal("Kondapalli Lakshmi", issued.Document.HolderName);
        Assert.Equal("", kept.Document.HolderName);
        Assert.All(kept.Document.Fields, f => Assert.Equal("", f.Value));
        Assert.Equal((issued.Document.Id, issued.Status), (kept.Document.Id, kept.Status));
        Assert.Equal(issued.ClaimsDigest, kept.ClaimsDigest);
        Assert.NotNull(kept.ErasedAt);
    }

    [Fact]
    public async Task Another_citizens_reference_is_not_shown()
    {
        var (_, reference) = await Applied("en");
        var stranger = cluster.Citizen();
        await stranger.Says("hi");
        await stranger.Taps(ChoiceIds.ForLanguage("te"));

        var shown = Replies.TextOf((await stranger.Says(reference)).Last);

        Assert.Equal(ShippedLanguages.Texts.Departments.ApplicationNotYours.Fill(reference).In("te"), shown);
    }

    [Fact]
    public async Task My_applications_lists_each_with_its_current_stage()
    {
        var (citizen, reference) = await Applied("te");

        var list = await citizen.Taps(ChoiceIds.MyApplications);

        var row = Assert.Single(list.Last.GetProperty("interactive").GetProperty("action").GetProperty("sections")[0].GetProperty("rows").EnumerateArray());
        Assert.Equal(ChoiceIds.Application(reference), row.GetProperty("id").GetString());
        Assert.Equal(Catalog.FindService(ServiceId)!.Value.Service.Name.In("te"), row.GetProperty("title").GetString());
        Assert.Contains(ShippedLanguages.Texts.Departments.StageUnderReview.In("te"), row.GetProperty("description").GetString(), StringComparison.Ordinal);
        var tapped = Replies.TextOf((await citizen.Taps(ChoiceIds.Application(reference))).Last);
        Assert.Contains(reference, tapped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_applications_the_citizen_is_told_so()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));

        var list = await citizen.Taps(ChoiceIds.MyApplications);

        Assert.Equal(ShippedLanguages.Texts.Ui.NoApplications.En, Replies.TextOf(list.Last));
    }

    [Fact]
    public async Task A_returned_application_is_corrected_in_the_chat_by_answering_exactly_what_the_official_asked()
    {
        var (citizen, reference) = await Applied("te");
        var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
        var dueBy = (await application.View())!.DueBy;
        await application.Decide(new OfficerDecision(Verdict.Returned, "Attach the patta copy.", "tahsildar.vijayawada"));
        var notice = await citizen.Drained();

        var prompt = await citizen.Taps(notice.Buttons.Single().Id);
        var tooLong = await citizen.Says(new string('క', CitizenReply.MaxLength + 1));
        var stillReturned = (await application.View())!.Stage;
        var received = await citizen.Says("పట్టా కాపీ సంఖ్య 4471 జత చేశాను.");

        Assert.Equal([(ChoiceIds.Correct(reference), Ui.SendCorrection.Te)], notice.Buttons);
        Assert.Equal(Ui.CorrectionPrompt.Format("te", reference, "Attach the patta copy.", CitizenReply.MaxLength), Replies.TextOf(prompt.Last));
        Assert.Equal(Ui.ReplyLength.Format("te", CitizenReply.MaxLength, CitizenReply.MaxLength + 1), Replies.TextOf(tooLong.Last));
        Assert.Equal(ApplicationStage.Returned, stillReturned);
        Assert.Equal(Ui.CorrectionReceived.Format("te", reference, Dates.Format(dueBy)), Replies.TextOf(received.Last));
        var view = (await application.View())!;
        Assert.Equal((ApplicationStage.UnderReview, "పట్టా కాపీ సంఖ్య 4471 జత చేశాను."), (view.Stage, view.History[^1].Note));
        var status = Replies.TextOf((await citizen.Says(reference)).Last);
        Assert.Contains("Attach the patta copy.", status, StringComparison.Ordinal);
        Assert.Contains("పట్టా కాపీ సంఖ్య 4471", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("Cancel")]
    [InlineData("help")]
    public async Task A_command_or_cancel_ends_the_wait_and_the_next_message_is_not_taken_as_the_correction(string leave)
    {
        var (citizen, reference) = await Applied("en");
        var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
        await application.Decide(new OfficerDecision(Verdict.Returned, "Attach the patta copy.", "tahsildar.vijayawada"));
        await citizen.Drained();
        await citizen.Taps(ChoiceIds.Correct(reference));

        await citizen.Says(leave);
        var next = await citizen.Says("income certificate");

        Assert.Equal(ApplicationStage.Returned, (await application.View())!.Stage);
        Assert.DoesNotContain(next.Texts, t => t.Contains(reference, StringComparison.Ordinal));
        Assert.Contains(next.Rows, row => row.Id == ChoiceIds.Service("income-certificate"));
    }

    [Fact]
    public async Task A_rejection_is_appealed_once_in_the_chat_and_the_final_rejection_offers_no_second_appeal()
    {
        var (citizen, reference) = await Applied("en");
        var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
        await application.Decide(new OfficerDecision(Verdict.Rejected, "Survey number is not assigned land.", "tahsildar.vijayawada"));
        var rejected = await citizen.Drained();

        var prompt = await citizen.Taps(rejected.Buttons.Single().Id);
        var received = await citizen.Says("The land was assigned in 1998; the order number is 12/1998.");
        var appeal = (await application.View())!;
        await application.Decide(new OfficerDecision(Verdict.Rejected, "The 1998 order covers survey 112/4, not 112/3.", "rdo.vijayawada"));
        var final = await citizen.Drained();
        var oldButton = await citizen.Taps(ChoiceIds.Appeal(reference));

        Assert.Equal([(ChoiceIds.Appeal(reference), Ui.Appeal.En)], rejected.Buttons);
        Assert.Equal(Ui.AppealPrompt.Format("en", reference, "Survey number is not assigned land.", CitizenReply.MaxLength), Replies.TextOf(prompt.Last));
        Assert.Equal(Ui.AppealReceived.Format("en", reference, Dates.Format(appeal.DueBy)), Replies.TextOf(received.Last));
        Assert.Equal(ApplicationStage.UnderAppeal, appeal.Stage);
        Assert.Equal("text", Assert.Single(final.Messages).GetProperty("type").GetString());
        Assert.Equal(Ui.AppealsUsedUp.Fill(reference).En, Replies.TextOf(oldButton.Last));
        Assert.Contains(ShippedLanguages.Texts.Departments.StageUnderAppeal.En, Replies.TextOf((await citizen.Says(reference)).Last), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citizen_cannot_send_a_correction_for_an_application_not_theirs()
    {
        var (_, reference) = await Applied("en");
        var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
        await application.Decide(new OfficerDecision(Verdict.Returned, "Attach the patta copy.", "tahsildar.vijayawada"));
        var stranger = cluster.Citizen();
        await stranger.Says("hi");
        await stranger.Taps(ChoiceIds.ForLanguage("en"));

        var refused = await stranger.Taps(ChoiceIds.Correct(reference));
        var next = await stranger.Says("Here is the patta copy.");

        Assert.Equal(Ui.ReplyNotTaken.Fill(reference).En, Replies.TextOf(refused.Last));
        Assert.DoesNotContain(next.Texts, t => t.Contains(reference, StringComparison.Ordinal));
        Assert.Equal(ApplicationStage.Returned, (await application.View())!.Stage);
    }

    [Fact]
    public async Task Every_decision_notice_and_prompt_obeys_WhatsApps_limits_without_shortening_its_buttons()
    {
        foreach (var language in new[] { "en", "te" })
        {
            var (citizen, reference) = await Applied(language);
            var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
            var longNote = new string('x', 500);
            await application.Decide(new OfficerDecision(Verdict.Returned, longNote, "tahsildar.vijayawada"));
            var returned = await citizen.Drained();
            var prompt = await citizen.Taps(ChoiceIds.Correct(reference));
            await citizen.Says("Done.");
            await application.Decide(new OfficerDecision(Verdict.Rejected, longNote, "tahsildar.vijayawada"));
            var rejected = await citizen.Drained();

            foreach (var message in new[] { returned.Last, prompt.Last, rejected.Last })
            {
                Assert.Empty(WhatsAppLimits.Violations(message));
            }

            Assert.Contains(longNote, Replies.TextOf(returned.Last), StringComparison.Ordinal);
            Assert.Contains(longNote, Replies.TextOf(prompt.Last), StringComparison.Ordinal);
            Assert.Equal(Ui.SendCorrection.In(language), returned.Buttons.Single().Title);
            Assert.Equal(Ui.Appeal.In(language), rejected.Buttons.Single().Title);
        }
    }

    private static UiText Ui => ShippedLanguages.Texts.Ui;

    /// <summary>A citizen who applied for occupancy rights in the chat, and the reference they were given.</summary>
    private async Task<(Citizen Citizen, string Reference)> Applied(string language)
    {
        var service = Catalog.FindService(ServiceId)!.Value.Service;
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage(language));
        await citizen.Taps(TestConversations.AgreeAndApply(service.Id));
        foreach (var input in service.Inputs)
        {
            await citizen.Says(input.Kind switch
            {
                InputKind.Aadhaar => FormSamples.ValidAadhaar,
                InputKind.PersonName => "Kondapalli Lakshmi",
                InputKind.Mobile => "9876543210",
                _ => "Gollapudi 112/3",
            });
        }

        var outcome = Replies.TextOf((await citizen.Taps(FormIds.Confirm)).Last);
        return (citizen, Reference().Match(outcome).Value);
    }
}
