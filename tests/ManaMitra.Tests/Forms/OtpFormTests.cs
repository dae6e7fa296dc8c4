using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Forms;

/// <summary>
/// A form's one-time-code question, checked purely: the code the grain would have sent is issued here with the same
/// <see cref="OtpCodes"/>, and each case sends what a citizen types at the question.
/// </summary>
public sealed class OtpFormTests
{
    private static readonly OtpText Says = ShippedLanguages.Texts.Otp;
    private static readonly OtpOptions Options = new();
    private static readonly OtpCodes Codes = new(Hasher);

    private static readonly ServiceInput Otp = Input(InputKind.Otp, "otp") with { LinkedTo = "aadhaar" };

    /// <summary>A land mutation: Aadhaar, its code, then a mobile to reach the applicant.</summary>
    private static readonly Service Mutation = Certificate with
    {
        Id = "mutation-application",
        Inputs = [Input(InputKind.Aadhaar, "aadhaar"), Otp, Input(InputKind.Mobile, "mobile")],
    };

    private readonly FormFlow _flow = Flow(Options);
    private readonly OtpGuard _guard = new();

    /// <summary>The form at the code's question, the Aadhaar answered, and the code the grain sent for it.</summary>
    private (FormSession Form, string Code) AtCode(string language = ShippedLanguages.English)
    {
        var (form, _) = _flow.Start(Mutation, language);
        var step = _flow.Handle(form, Mutation, Text(ValidAadhaar), language);
        Assert.IsType<FormStep.CodeWanted>(step);
        var wanted = _flow.CodeFor(form, Mutation)!;
        Assert.Equal(("otp", Hasher.Hash(ValidAadhaar), AadhaarValidator.Mask(ValidAadhaar)), (wanted.InputId, wanted.AadhaarKey, wanted.MaskedAadhaar));
        var (code, challenge) = Codes.Issue(wanted.InputId, wanted.AadhaarKey, "9876543210", Now + Options.Lifetime);
        form.Otp = challenge;
        Assert.False(_flow.NeedsCode(form, Mutation));
        return (form, code);
    }

    private FormStep Type(FormSession form, string text, DateTimeOffset? at = null, string language = ShippedLanguages.English)
    {
        var message = Text(text) with { SentAt = at ?? Now };
        Assert.True(_flow.TakesCode(form, Mutation, message));
        var step = _flow.Code(form, Mutation, _guard, message, language);
        AssertSendable(step.Replies);
        return step;
    }

    private static string Said(FormStep step) => AllText(step.Replies);

    private static string Wrong(string language) => Says.Wrong.In(language).Split("{0}")[0];

    [Fact]
    public void The_right_code_answers_the_question_and_the_form_goes_on()
    {
        var (form, code) = AtCode();
        var step = Type(form, code);

        Assert.IsType<FormStep.Continue>(step);
        Assert.Equal(2, form.Index);
        Assert.Equal(new FormAnswer("verified", "******3210"), form.Answers["otp"]);
        Assert.Null(form.Otp);
        Assert.DoesNotContain(code, Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my otp is {0}")]
    [InlineData("{0:sp}")]
    public void The_code_is_read_from_a_sentence_or_with_a_space(string typed)
    {
        var (form, code) = AtCode();
        var text = typed.Replace("{0:sp}", $"{code[..3]} {code[3..]}", StringComparison.Ordinal).Replace("{0}", code, StringComparison.Ordinal);
        Type(form, text);
        Assert.True(form.Answers.ContainsKey("otp"));
    }

    [Theory]
    [InlineData(ShippedLanguages.English)]
    [InlineData(ShippedLanguages.Telugu)]
    public void A_wrong_code_is_refused_and_counted(string language)
    {
        var (form, code) = AtCode(language);
        var step = Type(form, Other(code), language: language);

        Assert.IsType<FormStep.Continue>(step);
        Assert.Contains(Wrong(language), Said(step), StringComparison.Ordinal);
        Assert.Contains(Says.Wrong.Format(language, Options.WrongCodeLimit - 1, 30), Said(step), StringComparison.Ordinal);
        Assert.Equal(1, _guard.WrongCodes);
        Assert.False(form.Answers.ContainsKey("otp"));
        Assert.NotNull(form.Otp);
    }

    [Fact]
    public void An_expired_code_is_refused_even_when_right_and_is_not_counted()
    {
        var (form, code) = AtCode();
        var step = Type(form, code, at: Now + Options.Lifetime);

        Assert.Contains(Says.Expired.En, Said(step), StringComparison.Ordinal);
        Assert.False(form.Answers.ContainsKey("otp"));
        Assert.Equal(0, _guard.WrongCodes);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("codes 123456 and 654321")]
    [InlineData("hello")]
    public void What_is_not_six_digits_is_no_guess_at_the_code(string typed)
    {
        var (form, _) = AtCode();
        var step = Type(form, typed);

        Assert.Contains(Says.Shape.En, Said(step), StringComparison.Ordinal);
        Assert.Equal(0, _guard.WrongCodes);
    }

    [Fact]
    public void Five_wrong_codes_lock_the_citizens_otp_services_even_against_the_right_code()
    {
        var (form, code) = AtCode();
        for (var i = 1; i < Options.WrongCodeLimit; i++)
        {
            Assert.Contains(Wrong(ShippedLanguages.English), Said(Type(form, Other(code))), StringComparison.Ordinal);
        }

        var locked = Type(form, Other(code));
        Assert.Equal(Now + Options.Lockout, _guard.LockedUntil);
        Assert.Contains(Says.Locked.Format(ShippedLanguages.English, OtpGuard.IndiaClock(Now + Options.Lockout)), Said(locked), StringComparison.Ordinal);
        Assert.Null(form.Otp);

        // Locked: even the right code is not looked at until the lockout ends.
        (code, form.Otp) = Codes.Issue("otp", Hasher.Hash(ValidAadhaar), "9876543210", Now + Options.Lockout + Options.Lifetime);
        var fresh = form.Otp;
        Assert.Contains(Says.Locked.En.Split("{0}")[0], Said(Type(form, code, at: Now + TimeSpan.FromMinutes(29))), StringComparison.Ordinal);
        Assert.False(form.Answers.ContainsKey("otp"));
        Assert.Same(fresh, form.Otp);
    }

    [Fact]
    public void After_the_lockout_the_right_code_answers_again()
    {
        var (form, first) = AtCode();
        for (var i = 0; i < Options.WrongCodeLimit; i++)
        {
            Type(form, Other(first));
        }

        var (code, challenge) = Codes.Issue("otp", Hasher.Hash(ValidAadhaar), "9876543210", Now + Options.Lockout + Options.Lifetime);
        form.Otp = challenge;
        Type(form, code, at: Now + Options.Lockout);
        Assert.True(form.Answers.ContainsKey("otp"));
        Assert.Equal(0, _guard.WrongCodes);
    }

    [Theory]
    [InlineData("resend")]
    [InlineData("Resend OTP")]
    [InlineData("మళ్ళీ పంపు")]
    [InlineData("malli pampu")]
    public void Resend_in_either_language_asks_for_another_code(string typed)
    {
        var (form, _) = AtCode();
        Assert.IsType<FormStep.CodeWanted>(Type(form, typed));
        Assert.NotNull(form.Otp);
    }

    [Fact]
    public void A_code_for_another_aadhaar_is_no_code_for_this_one()
    {
        var (form, code) = AtCode();
        form.Otp = form.Otp! with { AadhaarKey = Hasher.Hash(OtherValidAadhaar) };
        Assert.True(_flow.NeedsCode(form, Mutation));
        Assert.IsType<FormStep.CodeWanted>(Type(form, code));
        Assert.Equal(0, _guard.WrongCodes);
    }

    [Fact]
    public void Changing_the_aadhaar_drops_its_verification_and_asks_for_a_new_code()
    {
        var (form, code) = AtCode();
        Type(form, code);
        _flow.Handle(form, Mutation, Text("98765 43210"), ShippedLanguages.English);
        Assert.Equal(FormPhase.Confirming, form.Phase);

        _flow.Handle(form, Mutation, Tap(FormIds.Change("aadhaar")), ShippedLanguages.English);
        var step = _flow.Handle(form, Mutation, Text(OtherValidAadhaar), ShippedLanguages.English);

        Assert.IsType<FormStep.CodeWanted>(step);
        Assert.False(form.Answers.ContainsKey("otp"));
        Assert.Equal(Hasher.Hash(OtherValidAadhaar), _flow.CodeFor(form, Mutation)!.AadhaarKey);
    }

    [Fact]
    public void The_same_aadhaar_typed_again_keeps_its_verification()
    {
        var (form, code) = AtCode();
        Type(form, code);
        _flow.Handle(form, Mutation, Text("98765 43210"), ShippedLanguages.English);
        _flow.Handle(form, Mutation, Tap(FormIds.Change("aadhaar")), ShippedLanguages.English);

        var step = _flow.Handle(form, Mutation, Text(ValidAadhaar), ShippedLanguages.English);
        Assert.IsType<FormStep.Continue>(step);
        Assert.Equal(FormPhase.Confirming, form.Phase);
        Assert.Contains(Says.Verified.Format(ShippedLanguages.English, "******3210"), AllText(step.Replies), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tap_or_back_at_the_code_question_is_the_forms_own()
    {
        var (form, _) = AtCode();
        Assert.False(_flow.TakesCode(form, Mutation, Tap(FormIds.Retry("otp"))));
        Assert.False(_flow.TakesCode(form, Mutation, Text("back")));
        Assert.True(_flow.TakesCode(form, Mutation, Media(InboundKind.Image, "media-1")));
        Assert.Contains(Says.Shape.En, AllText(_flow.Code(form, Mutation, _guard, Media(InboundKind.Image, "media-1"), ShippedLanguages.English).Replies), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stored_challenge_holds_no_code()
    {
        var (form, code) = AtCode();
        var stored = form.Otp!;
        Assert.DoesNotContain(code, stored.ToString(), StringComparison.Ordinal);
        Assert.True(Codes.Matches(stored, code));
        Assert.False(Codes.Matches(stored, Other(code)));
        // Salted: the same code issued twice hashes differently.
        var again = Codes.Issue("otp", stored.AadhaarKey, "9876543210", Now);
        Assert.NotEqual(stored.Salt, again.Challenge.Salt);
    }

    // Another code of six digits.
    private static string Other(string code) => code == "000000" ? "000001" : "000000";
}
