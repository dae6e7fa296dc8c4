using System.Text.Json;
using FsCheck.Xunit;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

[Properties(Arbitrary = [typeof(MessagingArbitraries)], MaxTest = 300)]
public class WhatsAppPropertyTests
{
    [Property]
    public void Fit_never_exceeds_the_limit(FitCase c) =>
        Assert.True(WhatsAppText.Fit(c.Text, c.MaxLength).Length <= c.MaxLength);

    [Property]
    public void Fit_keeps_the_text_or_a_prefix_of_it_before_the_ellipsis(FitCase c)
    {
        var fitted = WhatsAppText.Fit(c.Text, c.MaxLength);

        if (c.Text.Length <= c.MaxLength)
        {
            Assert.Equal(c.Text, fitted);
        }
        else
        {
            Assert.StartsWith(TextSamples.CutPrefix(fitted)!, c.Text, StringComparison.Ordinal);
        }
    }

    [Property]
    public void Fit_cuts_between_whole_clusters_and_never_after_a_virama_or_joiner(FitCase c)
    {
        if (TextSamples.CutPrefix(WhatsAppText.Fit(c.Text, c.MaxLength)) is not { } prefix || c.Text.Length <= c.MaxLength)
        {
            return;
        }

        Assert.Contains(prefix.Length, TextSamples.ClusterBoundaries(c.Text));
        Assert.False(TextSamples.EndsInJoiner(prefix), $"ends in a joiner: {prefix}");
        Assert.False(prefix.Length > 0 && char.IsWhiteSpace(prefix[^1]), "ends in whitespace");
    }

    [Property]
    public void Fit_gives_up_at_most_thirty_percent_of_the_room_when_a_clean_cut_exists(FitCase c)
    {
        if (TextSamples.CutPrefix(WhatsAppText.Fit(c.Text, c.MaxLength)) is not { } prefix || c.Text.Length <= c.MaxLength)
        {
            return;
        }

        var room = c.MaxLength - 1;
        var cleanCutsBeyond = TextSamples.ClusterBoundaries(c.Text)
            .Where(b => b > prefix.Length && b <= room && !TextSamples.EndsInJoiner(c.Text[..b]) && !char.IsWhiteSpace(c.Text[b - 1]));

        Assert.True(prefix.Length >= room * 0.7 || !cleanCutsBeyond.Any(), $"cut at {prefix.Length} of {room}");
    }

    [Property]
    public void Rendered_lists_obey_every_limit(ListReply reply) => AssertNoViolations(WhatsAppRenderer.Render("919876543210", reply));

    [Property]
    public void Rendered_buttons_obey_every_limit(ButtonsReply reply) => AssertNoViolations(WhatsAppRenderer.Render("IN.1648738043044942", reply));

    private static void AssertNoViolations(string json)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.Empty(WhatsAppLimits.Violations(doc.RootElement));
    }
}
