using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Forms;

namespace ManaMitra.Tests.Applications;

/// <summary>
/// Status from the record, in the chat: a reference typed anywhere (any case, with or without dashes) shows the
/// application's true stage and history; "my applications" lists the citizen's own; another citizen's reference
/// shows nothing.
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

    /// <summary>A citizen who applied for occupancy rights in the chat, and the reference they were given.</summary>
    private async Task<(Citizen Citizen, string Reference)> Applied(string language)
    {
        var service = Catalog.FindService(ServiceId)!.Value.Service;
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage(language));
        await citizen.Taps(ChoiceIds.Apply(service.Id));
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
