using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.WhatsApp.Messages;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Forms;

public sealed class FormFlowTests
{
    private static readonly FormText FormText = ShippedLanguages.Texts.Forms;

    private readonly FormFlow _flow = Flow();
    private readonly Service _service = Certificate;

    private (FormSession Session, IReadOnlyList<Reply> Replies) Start(string language = ShippedLanguages.English)
    {
        var started = _flow.Start(_service, language);
        AssertSendable(started.Replies);
        return started;
    }

    private FormStep Send(FormSession session, InboundMessage message, string language = ShippedLanguages.English)
    {
        var step = _flow.Handle(session, _service, message, language);
        AssertSendable(step.Replies);
        return step;
    }

    private static Reply Single(FormStep step) => Assert.Single(Assert.IsType<FormStep.Continue>(step).Replies);

    private FormSession AtSummary(string language = ShippedLanguages.English)
    {
        var (session, _) = Start(language);
        Send(session, Text("4991 1866 5246"), language);
        Send(session, Text("98765 43210"), language);
        Send(session, Text("05-01-2008"), language);
        Send(session, Tap(FormIds.Pick("seats", "2")), language);
        Assert.Equal(FormPhase.Confirming, session.Phase);
        return session;
    }

    [Fact]
    public void Happy_path_asks_each_question_then_summarises_then_submits_the_normalised_answers()
    {
        var (session, replies) = Start();
        Assert.Contains("Income Certificate", AllText(replies));
        Assert.Contains("Enter the aadhaar.", AllText(replies));
        Assert.IsType<TextReply>(Assert.Single(replies));

        Assert.Contains("Enter the mobile.", AllText([Single(Send(session, Text("4991 1866 5246")))]));
        Assert.Contains("Enter the dob.", AllText([Single(Send(session, Text("+91 98765 43210")))]));

        // Four choices do not fit three buttons, so they come as a list.
        var seats = Assert.IsType<ListReply>(Single(Send(session, Text("5 Jan 2008"))));
        Assert.Equal(
            ["form:pick:seats:1", "form:pick:seats:2", "form:pick:seats:3", "form:pick:seats:4"],
            seats.Sections.SelectMany(s => s.Rows).Select(r => r.Id));

        var summary = Assert.IsType<ButtonsReply>(Single(Send(session, Text("3"))));
        Assert.Equal([FormIds.Confirm, FormIds.Edit, FormIds.Cancel], summary.Buttons.Select(b => b.Id));
        Assert.Contains("XXXX XXXX 5246", summary.Body);
        Assert.Contains("+91 98765 43210", summary.Body);
        Assert.Contains("05-01-2008", summary.Body);
        Assert.Contains("3 people", summary.Body);

        var submit = Assert.IsType<FormStep.Submit>(Send(session, Tap(FormIds.Confirm)));
        Assert.Equal(new Dictionary<string, string>
        {
            ["aadhaar"] = Hasher.Hash(ValidAadhaar),
            ["aadhaar.masked"] = "XXXX XXXX 5246",
            ["mobile"] = "9876543210",
            ["dob"] = "2008-01-05",
            ["seats"] = "3",
        }, submit.Answers);
    }

    [Fact]
    public void Telugu_citizen_reads_Telugu_questions_reasons_and_labels()
    {
        var (session, replies) = Start(ShippedLanguages.Telugu);
        Assert.Contains("ఆదాయ ధృవీకరణ పత్రం", AllText(replies));

        var reprompt = AllText([Single(Send(session, Text("499118665247"), ShippedLanguages.Telugu))]);
        Assert.Contains(FormText.AadhaarChecksum.Te, reprompt);
        Assert.Contains("aadhaar నమోదు చేయండి.", reprompt);

        var summary = AllText([Single(Send(AtSummary(ShippedLanguages.Telugu), Text("nothing"), ShippedLanguages.Telugu))]);
        Assert.Contains("2 వ్యక్తులు", summary);
        Assert.Contains("నిర్ధారించు", summary);
    }

    [Fact]
    public void A_wrong_answer_is_re_prompted_with_its_specific_reason_and_the_question()
    {
        var (session, _) = Start();
        Send(session, Text(ValidAadhaar));

        var reply = Assert.IsType<TextReply>(Single(Send(session, Text("5876543210"))));

        Assert.StartsWith(FormText.MobileFirstDigit.En, reply.Body);
        Assert.Contains("Enter the mobile.", reply.Body);
        Assert.Equal(1, session.FailedAttempts);
        Assert.Equal(1, session.Index);
    }

    [Fact]
    public void Three_wrong_answers_offer_try_again_help_and_main_menu()
    {
        var (session, _) = Start();
        Send(session, Text("1"));
        Send(session, Text("2"));

        var step = Assert.IsType<FormStep.HelpOffered>(Send(session, Text("3")));

        Assert.Equal(FormText.AadhaarLength.Fill(1).En, Assert.IsType<TextReply>(step.Replies[0]).Body);
        var offer = Assert.IsType<ButtonsReply>(step.Replies[1]);
        Assert.Equal([FormIds.Retry("aadhaar"), ChoiceIds.Help, ChoiceIds.MainMenu], offer.Buttons.Select(b => b.Id));

        // Try again asks the same question afresh; Help and Main menu belong to the conversation.
        Assert.Contains("Enter the aadhaar.", AllText([Single(Send(session, Tap(FormIds.Retry("aadhaar"))))]));
        Assert.Equal(0, session.FailedAttempts);
        Assert.IsType<FormStep.NotForForm>(Send(session, Tap(ChoiceIds.Help)));
        Assert.IsType<FormStep.NotForForm>(Send(session, Tap(ChoiceIds.MainMenu)));
    }

    [Fact]
    public void Back_edits_the_previous_answer_offering_to_keep_it()
    {
        var (session, _) = Start();
        Send(session, Text(ValidAadhaar));
        Send(session, Text("9876543210"));

        var back = Assert.IsType<ButtonsReply>(Single(Send(session, Text("back"))));

        Assert.Equal(1, session.Index);
        Assert.Contains("Enter the mobile.", back.Body);
        Assert.Contains("+91 98765 43210", back.Body);
        Assert.Equal([FormIds.Keep("mobile")], back.Buttons.Select(b => b.Id));

        Assert.Contains("Enter the dob.", AllText([Single(Send(session, Text("9123456789")))]));
        Assert.Equal("9123456789", session.Answers["mobile"].Value);

        // Back by button works too, and Keep moves on without retyping.
        Send(session, Tap(ChoiceIds.Back));
        Assert.Equal(1, session.Index);
        Send(session, Tap(FormIds.Keep("mobile")));
        Assert.Equal(2, session.Index);
        Assert.Equal("9123456789", session.Answers["mobile"].Value);
    }

    [Fact]
    public void Back_on_the_first_question_leaves_the_form()
    {
        var (session, _) = Start();
        Assert.IsType<FormStep.BackedOut>(Send(session, Text("Back")));
    }

    [Fact]
    public void Back_at_the_summary_returns_to_the_last_question()
    {
        var session = AtSummary();

        var last = Assert.IsType<ListReply>(Single(Send(session, Tap(ChoiceIds.Back))));

        Assert.Equal((FormPhase.Asking, 3), (session.Phase, session.Index));
        Assert.Contains(FormIds.Keep("seats"), last.Sections.SelectMany(s => s.Rows).Select(r => r.Id));
    }

    [Fact]
    public void Summary_masks_Aadhaar_and_never_shows_its_digits()
    {
        var session = AtSummary();
        var summary = AllText([Single(Send(session, Text("what?")))]);

        Assert.Contains("XXXX XXXX 5246", summary);
        Assert.DoesNotContain(ValidAadhaar, summary);
        Assert.DoesNotContain("4991 1866", summary);
        Assert.DoesNotContain(ValidAadhaar, string.Concat(session.Answers.Values.Select(a => a.Value + a.Display)));
    }

    [Fact]
    public void Edit_lets_the_citizen_pick_one_answer_then_returns_to_the_summary()
    {
        var session = AtSummary();

        var list = Assert.IsType<ListReply>(Single(Send(session, Tap(FormIds.Edit))));
        Assert.Equal(
            [FormIds.Change("aadhaar"), FormIds.Change("mobile"), FormIds.Change("dob"), FormIds.Change("seats")],
            list.Sections.SelectMany(s => s.Rows).Select(r => r.Id));

        Assert.Contains("Enter the dob.", AllText([Single(Send(session, Tap(FormIds.Change("dob"))))]));
        var summary = Assert.IsType<ButtonsReply>(Single(Send(session, Text("01-02-2003"))));

        Assert.Contains("01-02-2003", summary.Body);
        Assert.Equal("2003-02-01", Assert.IsType<FormStep.Submit>(Send(session, Text("Confirm"))).Answers["dob"]);
    }

    [Fact]
    public void Cancel_ends_the_form_with_a_note()
    {
        var step = Assert.IsType<FormStep.Cancelled>(Send(AtSummary(), Tap(FormIds.Cancel)));
        Assert.Equal(FormText.Cancelled.En, Assert.IsType<TextReply>(Assert.Single(step.Replies)).Body);
    }

    [Fact]
    public void Typed_number_at_the_summary_works_like_the_button()
    {
        Assert.IsType<FormStep.Cancelled>(Send(AtSummary(), Text("3")));
        Assert.IsType<FormStep.Submit>(Send(AtSummary(ShippedLanguages.Telugu), Text("నిర్ధారించు"), ShippedLanguages.Telugu));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes.")]
    [InlineData("OK")]
    [InlineData("avunu")]
    [InlineData("అవును")]
    [InlineData("సరే")]
    public void A_yes_in_any_writing_system_at_the_summary_confirms(string typed)
    {
        Assert.IsType<FormStep.Submit>(Send(AtSummary(), Text(typed)));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("kaadu")]
    [InlineData("కాదు")]
    public void A_no_at_the_summary_opens_the_answers_to_change_and_keeps_them(string typed)
    {
        var session = AtSummary();

        var step = Assert.IsType<FormStep.Continue>(Send(session, Text(typed)));

        Assert.Equal(FormPhase.ChoosingEdit, session.Phase);
        Assert.NotEmpty(step.Replies);
    }

    [Fact]
    public void A_tap_on_an_earlier_question_is_stale_and_shows_the_current_one()
    {
        var (session, _) = Start();
        Send(session, Text(ValidAadhaar));

        var reply = Assert.IsType<TextReply>(Single(Send(session, Tap(FormIds.Pick("seats", "2")))));

        Assert.StartsWith(FormText.StaleTap.En, reply.Body);
        Assert.Contains("Enter the mobile.", reply.Body);
        Assert.False(session.Answers.ContainsKey("seats"));
    }

    [Fact]
    public void Confirm_before_the_summary_does_not_submit()
    {
        var (session, _) = Start();
        Assert.IsType<FormStep.Continue>(Send(session, Tap(FormIds.Confirm)));
        Assert.Equal(FormPhase.Asking, session.Phase);
    }

    [Fact]
    public void Up_to_three_short_choices_are_buttons_and_more_than_ten_are_paged()
    {
        var small = Service("small", Input(InputKind.Choice, "gender", Choice("f", "Female", "స్త్రీ"), Choice("m", "Male", "పురుషుడు"), Choice("o", "Other", "ఇతర")));
        var buttons = Assert.IsType<ButtonsReply>(Assert.Single(_flow.Start(small, ShippedLanguages.English).Replies));
        Assert.Equal(["form:pick:gender:f", "form:pick:gender:m", "form:pick:gender:o"], buttons.Buttons.Select(b => b.Id));

        var districts = Enumerable.Range(1, 13).Select(i => Choice($"d{i}", $"District {i}", $"జిల్లా {i}")).ToArray();
        var large = Service("large", Input(InputKind.Choice, "district", districts));
        var (session, replies) = _flow.Start(large, ShippedLanguages.English);
        AssertSendable(replies);
        var first = Assert.IsType<ListReply>(Assert.Single(replies)).Sections.SelectMany(s => s.Rows).Select(r => r.Id).ToList();
        Assert.Equal(9, first.Count);
        Assert.Equal(FormIds.Page("district", 1), first[^1]);

        var step = _flow.Handle(session, large, Tap(FormIds.Page("district", 1)), ShippedLanguages.English);
        AssertSendable(step.Replies);
        var second = Assert.IsType<ListReply>(Assert.Single(step.Replies)).Sections.SelectMany(s => s.Rows).Select(r => r.Id).ToList();
        Assert.Equal(["form:pick:district:d9", "form:pick:district:d10", "form:pick:district:d11", "form:pick:district:d12", "form:pick:district:d13", FormIds.Page("district", 0)], second);

        // A typed number counts through the whole list, not the page on screen.
        var done = _flow.Handle(session, large, Text("12"), ShippedLanguages.English);
        Assert.Equal("d12", session.Answers["district"].Value);
        Assert.IsType<ButtonsReply>(Assert.Single(done.Replies));
    }

    [Fact]
    public void Location_and_photo_answers_come_from_their_messages()
    {
        var service = Service("report", Input(InputKind.Location, "where"), Input(InputKind.Photo, "picture"));
        var (session, _) = _flow.Start(service, ShippedLanguages.English);

        _flow.Handle(session, service, Location(16.5, 80.6, "Benz Circle"), ShippedLanguages.English);
        var summary = _flow.Handle(session, service, Media(InboundKind.Image, "media-7"), ShippedLanguages.Telugu);

        Assert.Contains("📍 Benz Circle", AllText(summary.Replies));
        Assert.Contains(FormText.PhotoDisplay.Te, AllText(summary.Replies));
        var answers = Assert.IsType<FormStep.Submit>(_flow.Handle(session, service, Tap(FormIds.Confirm), ShippedLanguages.English)).Answers;
        Assert.Equal(("16.500000,80.600000", "media-7"), (answers["where"], answers["picture"]));
    }

    [Fact]
    public void Every_screen_of_every_shipped_form_obeys_WhatsApp_limits()
    {
        var catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
        var forms = catalog.Departments.SelectMany(d => d.Services).Where(s => s.Inputs.Count > 0).ToList();
        Assert.NotEmpty(forms);

        foreach (var language in catalog.Texts.Languages.Select(l => l.Code))
        {
            foreach (var service in forms)
            {
                var (session, replies) = _flow.Start(service, language);
                AssertSendable(replies);
                for (var i = 0; i < service.Inputs.Count; i++)
                {
                    session.Index = i;
                    session.Answers[service.Inputs[i].Id] = new FormAnswer(service.Inputs[i].Choices.FirstOrDefault()?.Id ?? "value", "display");
                    AssertSendable(_flow.Handle(session, service, Text("back"), language).Replies);
                    session.Phase = FormPhase.Asking;
                }

                session.Phase = FormPhase.Confirming;
                AssertSendable(_flow.Handle(session, service, Text("?"), language).Replies);
                AssertSendable(_flow.Handle(session, service, Tap(FormIds.Edit), language).Replies);
            }
        }
    }

    private static Service Service(string id, params ServiceInput[] inputs) => new(
        id, ShippedLanguages.Text(id, "సేవ"), ShippedLanguages.Text(id, "సేవ"), HandlerKind.RaiseGrievance, 0, 1, inputs, [id], Fulfilment.Grievance);
}
