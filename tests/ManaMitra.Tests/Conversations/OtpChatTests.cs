using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Otp;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Forms;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// A land mutation through the real grains, in English and Telugu: it cannot be completed without the code the
/// sandbox SMS gateway received for the Aadhaar's mobile, and can with it; the code never appears in the chat.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed class OtpChatTests(ChatCluster cluster)
{
    private const string Mutation = "mutation-application";

    private static readonly OtpText Says = ShippedLanguages.Texts.Otp;

    private async Task<Citizen> AtAadhaar(string language)
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage(language));
        await citizen.Taps(TestConversations.AgreeAndApply(Mutation));
        return citizen;
    }

    private static string Opening(LocalizedText text, string language) => text.In(language).Split('{')[0];

    private static string Text(Replies replies) => string.Join("\n", replies.Texts);

    private static bool HasButton(Replies replies, string id) => replies.Messages.Any(m => m.ToString().Contains($"\"{id}\"", StringComparison.Ordinal));

    [Theory]
    [InlineData(ShippedLanguages.English)]
    [InlineData(ShippedLanguages.Telugu)]
    public async Task A_land_mutation_completes_only_with_the_code_sent_to_the_aadhaars_mobile(string language)
    {
        var citizen = await AtAadhaar(language);
        var mobile = SmsCodes.MobileOf(FormSamples.ValidAadhaar)!;

        var sent = await citizen.Says(FormSamples.ValidAadhaar);
        Assert.Contains(Says.Sent.Format(language, "******" + mobile[^4..], 5), Text(sent), StringComparison.Ordinal);
        var code = SmsCodes.LastCodeFor(cluster.Sms, FormSamples.ValidAadhaar)!;

        // Without the code there is no way on: a wrong one is refused, and neither "yes" nor the next answer submits.
        var wrong = await citizen.Says(code == "000000" ? "111111" : "000000");
        Assert.Contains(Opening(Says.Wrong, language), Text(wrong), StringComparison.Ordinal);
        var skipped = await citizen.Says("K. Ravi Kumar");
        Assert.Contains(Says.Shape.In(language), Text(skipped), StringComparison.Ordinal);
        Assert.False(HasButton(skipped, FormIds.Confirm));
        var submitted = Text(await citizen.Taps(FormIds.Confirm)) + Text(await citizen.Says("yes"));
        Assert.DoesNotContain(ShippedLanguages.Texts.Ui.Reference.In(language), submitted, StringComparison.Ordinal);

        var verified = await citizen.Says(code);
        await citizen.Says("K. Ravi Kumar");
        await citizen.Says("Tenali");
        await citizen.Says("45/2");
        var summary = await citizen.Says("9876543210");
        Assert.Contains(Says.Verified.Format(language, "******" + mobile[^4..]), Text(summary), StringComparison.Ordinal);
        var outcome = await citizen.Taps(FormIds.Confirm);

        Assert.Contains(ShippedLanguages.Texts.Ui.Reference.In(language), Text(outcome), StringComparison.Ordinal);
        foreach (var replies in new[] { sent, wrong, skipped, verified, summary, outcome })
        {
            Assert.DoesNotContain(code, Text(replies), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_aadhaar_with_no_mobile_on_record_is_told_plainly_and_cannot_go_on()
    {
        var citizen = await AtAadhaar(ShippedLanguages.Telugu);
        var aadhaar = SmsCodes.AadhaarWithoutMobile();

        var told = await citizen.Says(aadhaar);
        Assert.Contains(Says.NoMobile.Format(ShippedLanguages.Telugu, AadhaarValidator.Mask(aadhaar)), Text(told), StringComparison.Ordinal);

        // Any code is no answer: the citizen is told again, and the form stays at the code's question.
        var again = await citizen.Says("123456");
        Assert.Contains(Says.NoMobile.Format(ShippedLanguages.Telugu, AadhaarValidator.Mask(aadhaar)), Text(again), StringComparison.Ordinal);
        Assert.False(HasButton(again, FormIds.Confirm));
    }

    [Fact]
    public async Task Resend_sends_a_new_code_until_the_windows_limit_and_the_last_code_still_works()
    {
        var citizen = await AtAadhaar(ShippedLanguages.English);
        await citizen.Says(FormSamples.ValidAadhaar);
        var first = SmsCodes.LastCodeFor(cluster.Sms, FormSamples.ValidAadhaar);

        await citizen.Says("resend");
        await citizen.Says("resend");
        var last = SmsCodes.LastCodeFor(cluster.Sms, FormSamples.ValidAadhaar)!;
        var refused = await citizen.Says("resend");

        Assert.Contains("We have sent 3 codes in the last 15 minutes", Text(refused), StringComparison.Ordinal);
        Assert.Equal(last, SmsCodes.LastCodeFor(cluster.Sms, FormSamples.ValidAadhaar));
        Assert.NotNull(first);

        var answered = await citizen.Says(last);
        Assert.DoesNotContain(Opening(Says.Wrong, ShippedLanguages.English), Text(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codes_to_one_aadhaars_mobile_are_limited_across_conversations()
    {
        var aadhaar = SmsCodes.AadhaarWithMobile("7745123");
        var options = cluster.Cluster.GetSiloServiceProvider(cluster.Cluster.Silos[0].SiloAddress).GetRequiredService<IOptions<OtpOptions>>().Value;
        // Other conversations had all the codes but one the window allows sent to that Aadhaar's mobile.
        var quota = cluster.Grains.GetGrain<IOtpQuotaGrain>(SmsCodes.KeyOf(aadhaar));
        for (var i = 1; i < options.SendLimitPerAadhaar; i++)
        {
            Assert.Null(await quota.Reserve(options.SendLimitPerAadhaar, options.SendWindow));
        }

        var last = await (await AtAadhaar(ShippedLanguages.English)).Says(aadhaar);
        var code = SmsCodes.LastCodeFor(cluster.Sms, aadhaar);
        var refused = await (await AtAadhaar(ShippedLanguages.Telugu)).Says(aadhaar);

        Assert.Contains(Opening(Says.Sent, ShippedLanguages.English), Text(last), StringComparison.Ordinal);
        Assert.NotNull(code);
        // The words between the window's minutes and the time: the Telugu text opens with a word any question could.
        Assert.Contains(Says.AadhaarSendLimit.Te.Split('{')[2][2..], Text(refused), StringComparison.Ordinal);
        Assert.Equal(code, SmsCodes.LastCodeFor(cluster.Sms, aadhaar));
    }

    [Fact]
    public async Task An_aadhaars_count_of_codes_is_erased_once_its_window_has_passed_and_not_before()
    {
        var quota = cluster.Grains.GetGrain<IOtpQuotaGrain>(SmsCodes.KeyOf(SmsCodes.AadhaarWithMobile("7745124")));
        var window = TimeSpan.FromMinutes(15);
        Assert.Null(await quota.Reserve(1, window));
        var sentAt = DateTimeOffset.UtcNow;

        var withinWindow = await quota.Expire(sentAt - window);
        var refusedWithin = await quota.Reserve(1, window);
        var afterWindow = await quota.Expire(sentAt + TimeSpan.FromMinutes(1));

        Assert.False(withinWindow);
        Assert.NotNull(refusedWithin);
        Assert.True(afterWindow);
        // Erased, the count starts again: a new code may be sent.
        Assert.Null(await quota.Reserve(1, window));
    }
}
