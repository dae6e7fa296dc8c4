using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Delivery;
using ManaMitra.Grains.Documents;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Forms;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// Every service of the shipped catalog, reached the way a citizen reaches it — main menu, department pages,
/// service pages, the service — and completed by answering its form as a citizen types, on the real grains.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed class WholeCatalogTests(ChatCluster cluster)
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    public static TheoryData<string> Services => [.. Catalog.Departments.SelectMany(d => d.Services).Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_is_reachable_from_the_main_menu_and_completes(string serviceId)
    {
        var (department, service) = Catalog.FindService(serviceId)!.Value;
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));

        var departments = await citizen.Taps(ChoiceIds.Departments);
        var services = await citizen.Taps(await Find(citizen, departments, ChoiceIds.Department(department.Id)));
        var page = await citizen.Taps(await Find(citizen, services, ChoiceIds.Service(service.Id)));
        Assert.Contains(service.Description.En, Replies.TextOf(page.Last));

        if (service.Handler == HandlerKind.Information && service.Inputs.Count == 0)
        {
            Assert.DoesNotContain(page.Buttons, b => b.Id == ChoiceIds.Apply(service.Id));
            return;
        }

        var replies = await citizen.Taps(ChoiceIds.Apply(service.Id));
        if (service.Handler != HandlerKind.Information)
        {
            // Every service beyond information asks for consent first; agreeing goes on to the service.
            var agree = Assert.Single(replies.Buttons, b => ChoiceIds.AgreeOf(b.Id) is not null);
            Assert.Equal(TestConversations.AgreeAndApply(service.Id), agree.Id);
            replies = await citizen.Taps(agree.Id);
        }

        foreach (var input in service.Inputs)
        {
            replies = await citizen.Send(Answer(citizen, service, input));
        }

        if (service.Inputs.Count > 0)
        {
            Assert.Contains(page.Buttons, b => b.Id == ChoiceIds.Apply(service.Id));
            Assert.Contains(replies.Buttons, b => b.Id == FormIds.Confirm);
            replies = await citizen.Taps(FormIds.Confirm);
        }

        // The outcome in words, then the document when the service issued one.
        var documents = replies.Messages.Where(m => m.GetProperty("type").GetString() == "document").ToList();
        Assert.All(documents, d => Assert.StartsWith($"{ChatCluster.PublicBaseUrl}/documents/", d.GetProperty("document").GetProperty("link").GetString()));
        var outcome = replies.Messages.Except(documents).Select(Replies.TextOf).Last();
        if (service.Handler == HandlerKind.TrackStatus)
        {
            // The sample number was never applied for here: the tracker says so instead of inventing a stage.
            Assert.StartsWith(ShippedLanguages.Texts.Departments.ApplicationNotYours.En.Split("{0}")[0], outcome, StringComparison.Ordinal);
            return;
        }

        if (service.Handler == HandlerKind.IssueCertificate)
        {
            Assert.Empty(documents);
        }

        if (service.Handler == HandlerKind.PayBill && replies.Last.TryGetProperty("interactive", out var interactive) && interactive.GetProperty("type").GetString() == "cta_url")
        {
            // A bill with dues ends on the "Pay" button that opens its payment page.
            var url = interactive.GetProperty("action").GetProperty("parameters").GetProperty("url").GetString();
            Assert.StartsWith($"{ChatCluster.PublicBaseUrl}/pay/", url, StringComparison.Ordinal);
        }

        var completed = outcome.Contains(ShippedLanguages.Texts.Ui.Reference.En, StringComparison.Ordinal)
            || outcome.Contains(service.Description.En, StringComparison.Ordinal);
        Assert.True(completed, $"{service.Id}: {outcome}");
    }

    /// <summary>Turns the pages of a list until the wanted row shows, as a citizen taps "More".</summary>
    private static async Task<string> Find(Citizen citizen, Replies list, string rowId)
    {
        for (var pages = 0; pages < 20; pages++)
        {
            if (list.Rows.Any(r => r.Id == rowId))
            {
                return rowId;
            }

            var more = list.Rows.Last().Id;
            list = await citizen.Taps(more);
        }

        throw new InvalidOperationException($"{rowId} is not reachable through the pages");
    }

    // What a citizen types (or taps, or shares) for each kind of question, using the sandbox's sample records.
    private InboundMessage Answer(Citizen citizen, Service service, ServiceInput input)
    {
        var valid = SampleAnswers.For(service, citizen.Id);
        var message = new InboundMessage
        {
            MessageId = $"wamid.catalog.{citizen.Id}.{input.Id}",
            CitizenId = citizen.Id,
            ReplyTo = citizen.Id,
            SentAt = citizen.Clock,
            Kind = InboundKind.Text,
        };
        return input.Kind switch
        {
            InputKind.Aadhaar => message with { Text = FormSamples.ValidAadhaar },
            InputKind.Date => message with { Text = DateOnly.Parse(valid[input.Id], CultureInfo.InvariantCulture).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) },
            InputKind.Choice => message with { Kind = InboundKind.ListReply, ReplyId = FormIds.Pick(input.Id, input.Choices[0].Id) },
            InputKind.Location => message with { Kind = InboundKind.Location, Location = new GeoPoint(16.5062, 80.6480, "Vijayawada", null) },
            InputKind.Photo or InputKind.Evidence => message with { Kind = InboundKind.Image, MediaId = SandboxMedia.SampleId },
            // The code the Aadhaar question's answer had sent to the resident's phone.
            InputKind.Otp => message with { Text = SmsCodes.LastCodeFor(cluster.Sms, FormSamples.ValidAadhaar) },
            _ => message with { Text = valid[input.Id] },
        };
    }
}
