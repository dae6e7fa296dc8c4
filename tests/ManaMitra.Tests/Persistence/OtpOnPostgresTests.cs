using ManaMitra.Conversations.Forms;
using ManaMitra.Grains.Sms;
using ManaMitra.Languages;
using ManaMitra.Testing;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Forms;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// #18's "an OTP-protected service cannot be completed without the code", on the production storage: a land mutation
/// over the webhook, on a frontend hosting a silo on PostgreSQL, with the code the sandbox SMS gateway received.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OtpOnPostgresTests(PostgresServer server)
{
    private static readonly OtpText Says = ShippedLanguages.Texts.Otp;

    private int _sent;

    [Fact]
    public async Task A_land_mutation_is_submitted_only_after_the_code_sent_to_the_aadhaars_mobile()
    {
        await using var chat = await PostgresChat.StartAsync(server, "919912300077");
        var citizen = chat.Citizen;
        await chat.SaysAsync(MetaWebhooks.Text(citizen, Next(), "hi"));
        await chat.SaysAsync(MetaWebhooks.Choice(citizen, Next(), "lang:en"));
        await chat.SaysAsync(MetaWebhooks.Choice(citizen, Next(), TestConversations.AgreeAndApply("mutation-application")));
        await chat.AnswerAsync(MetaWebhooks.Text(citizen, Next(), FormSamples.ValidAadhaar), Opening(Says.Sent));
        var code = SmsCodes.LastCodeFor(chat.Frontend.Services.GetRequiredService<SandboxSmsInbox>(), FormSamples.ValidAadhaar)!;

        // Without the code there is no way on: a wrong one is refused, and the next answer is taken for a code.
        await chat.AnswerAsync(MetaWebhooks.Text(citizen, Next(), code == "000000" ? "111111" : "000000"), Opening(Says.Wrong));
        await chat.AnswerAsync(MetaWebhooks.Text(citizen, Next(), "K. Ravi Kumar"), Says.Shape.En);

        await chat.SaysAsync(MetaWebhooks.Text(citizen, Next(), code));
        foreach (var answer in new[] { "K. Ravi Kumar", "Tenali", "45/2" })
        {
            await chat.SaysAsync(MetaWebhooks.Text(citizen, Next(), answer));
        }

        await chat.AnswerAsync(MetaWebhooks.Text(citizen, Next(), "9876543210"), Opening(Says.Verified));
        await chat.AnswerAsync(MetaWebhooks.Choice(citizen, Next(), FormIds.Confirm), ShippedLanguages.Texts.Ui.Reference.En);
        Assert.DoesNotContain(code, await chat.SentSinceAsync(0), StringComparison.Ordinal);
    }

    private static string Opening(LocalizedText text) => text.En.Split('{')[0];

    private string Next() => $"wamid.otp-on-postgres.{++_sent}";
}
