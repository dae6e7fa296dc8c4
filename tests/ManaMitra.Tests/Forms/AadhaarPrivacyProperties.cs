using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Handlers;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.WhatsApp.Messages;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Forms;

/// <summary>Twelve digits, with its Verhoeff check digit right or wrong, written as a citizen might type it.</summary>
public sealed record TypedAadhaar(string Digits, string Typed);

public static class AadhaarArbitraries
{
    public static Arbitrary<TypedAadhaar> Numbers() =>
        (from first in Gen.Choose(0, 9)
         from body in Gen.ArrayOf(Gen.Choose(0, 9), 10)
         from valid in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
         from layout in Gen.Elements("plain", "spaced", "dashed")
         let eleven = first.ToString(System.Globalization.CultureInfo.InvariantCulture) + string.Concat(body)
         let check = Verhoeff.CheckDigit(eleven)
         let digits = eleven + (valid ? check : (char)('0' + (check - '0' + 1) % 10))
         select new TypedAadhaar(digits, layout switch
         {
             "spaced" => $"{digits[..4]} {digits[4..8]} {digits[8..]}",
             "dashed" => $"{digits[..4]}-{digits[4..8]}-{digits[8..]}",
             _ => digits,
         })).ToArbitrary();
}

[Properties(Arbitrary = [typeof(AadhaarArbitraries)], MaxTest = 300)]
public sealed class AadhaarPrivacyProperties
{
    private static bool Hides(string text, string digits) =>
        !new string(text.Where(char.IsAsciiDigit).ToArray()).Contains(digits, StringComparison.Ordinal);

    [Property]
    public void An_accepted_Aadhaar_never_carries_the_number(TypedAadhaar aadhaar)
    {
        if (new FieldValidators(Hasher, ShippedLanguages.Texts).Check(Input(InputKind.Aadhaar), Text(aadhaar.Typed)) is Accepted accepted)
        {
            Assert.True(Hides(accepted.Value, aadhaar.Digits), accepted.Value);
            Assert.True(Hides(accepted.Display, aadhaar.Digits), accepted.Display);
            Assert.EndsWith(aadhaar.Digits[^4..], accepted.Display);
        }
    }

    [Property]
    public void A_valid_aadhaar_inside_free_text_is_masked(TypedAadhaar aadhaar)
    {
        var valid = aadhaar.Digits[0] is not ('0' or '1') && Verhoeff.IsValid(aadhaar.Digits);

        var accepted = Assert.IsType<Accepted>(new FieldValidators(Hasher, ShippedLanguages.Texts).Check(Input(InputKind.FreeText), Text($"my number {aadhaar.Typed} please")));

        Assert.Equal(valid, Hides(accepted.Value, aadhaar.Digits));
        Assert.Equal(accepted.Value, accepted.Display);
    }

    [Property]
    public void No_reply_session_or_submission_ever_carries_the_number(TypedAadhaar aadhaar, bool telugu)
    {
        var language = telugu ? ShippedLanguages.Telugu : ShippedLanguages.English;
        var flow = Flow();
        var (session, _) = flow.Start(Certificate, language);
        var said = new List<Reply>();
        var sent = new List<string>();

        foreach (var message in new[] { Text(aadhaar.Typed), Text("9876543210"), Text("05-01-2008"), Text("2"), Text("back"), Text("back"), Text("back") })
        {
            var step = flow.Handle(session, Certificate, message, language);
            said.AddRange(step.Replies);
        }

        // Walk forward again with Keep and confirm, so the summary and the submission are covered too.
        foreach (var id in new[] { FormIds.Keep("mobile"), FormIds.Keep("dob"), FormIds.Keep("seats"), FormIds.Confirm })
        {
            var step = flow.Handle(session, Certificate, Tap(id), language);
            said.AddRange(step.Replies);
            if (step is FormStep.Submit submit)
            {
                sent.AddRange(submit.Answers.Values);
            }
        }

        Assert.True(Hides(AllText(said), aadhaar.Digits), AllText(said));
        Assert.All(session.Answers.Values, a => Assert.True(Hides(a.Value + " " + a.Display, aadhaar.Digits)));
        Assert.All(sent, v => Assert.True(Hides(v, aadhaar.Digits), v));
    }
}
