using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

public class WhatsAppTextTests
{
    [Theory]
    [InlineData("Hello", 5)]
    [InlineData("", 1)]
    [InlineData(TextSamples.CasteCertificate, 24)]
    public void Text_that_fits_is_returned_unchanged(string text, int maxLength) =>
        Assert.Same(text, WhatsAppText.Fit(text, maxLength));

    [Fact]
    public void Long_english_is_cut_at_the_last_word_boundary_that_is_not_too_far_back()
    {
        Assert.Equal("Apply for caste…", WhatsAppText.Fit("Apply for caste certificate", 20));
    }

    [Fact]
    public void A_word_boundary_far_back_loses_to_a_mid_word_cut()
    {
        // The only space is at 2 of 19 usable characters: stopping there would throw away most of the room.
        Assert.Equal("An extraordinarilyl…", WhatsAppText.Fit("An extraordinarilylongword", 20));
    }

    [Fact]
    public void The_ellipsis_counts_toward_the_limit()
    {
        var fitted = WhatsAppText.Fit(new string('x', 30), 24);

        Assert.Equal(24, fitted.Length);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_telugu_conjunct_is_never_cut_in_half()
    {
        // "aక్షb": cuts after "క" or "క్" would leave half an aksharam.
        var text = "a" + TextSamples.Kssa + "bcdef";

        Assert.Equal("a…", WhatsAppText.Fit(text, 3));
        Assert.Equal("a…", WhatsAppText.Fit(text, 4));
        Assert.Equal("a" + TextSamples.Kssa + "…", WhatsAppText.Fit(text, 5));
    }

    [Fact]
    public void A_three_consonant_conjunct_with_its_vowel_sign_stays_whole_or_goes_whole()
    {
        var text = "a" + TextSamples.Stree + "bcdef";

        for (var max = 2; max <= 7; max++)
        {
            Assert.Equal("a…", WhatsAppText.Fit(text, max));
        }

        Assert.Equal("a" + TextSamples.Stree + "…", WhatsAppText.Fit(text, 8));
    }

    [Fact]
    public void Long_telugu_keeps_whole_words_and_ends_on_a_complete_syllable()
    {
        var text = TextSamples.CasteCertificate + " కోసం దరఖాస్తు చేయండి";

        var fitted = WhatsAppText.Fit(text, 24);

        Assert.Equal(TextSamples.CasteCertificate + " కోసం…", fitted);
    }

    [Fact]
    public void Telugu_without_spaces_is_cut_between_syllables()
    {
        var text = string.Concat(Enumerable.Repeat("క్షేత్రం", 5));

        var fitted = WhatsAppText.Fit(text, 12);
        var prefix = TextSamples.CutPrefix(fitted)!;

        Assert.True(fitted.Length <= 12);
        Assert.StartsWith(prefix, text, StringComparison.Ordinal);
        Assert.False(TextSamples.EndsInJoiner(prefix));
        Assert.Contains(prefix.Length, TextSamples.ClusterBoundaries(text));
    }

    [Theory]
    [InlineData(TextSamples.Family)]
    [InlineData(TextSamples.IndiaFlag)]
    [InlineData(TextSamples.ThumbsUpMediumSkin)]
    public void An_emoji_sequence_stays_whole_or_goes_whole(string emoji)
    {
        var text = "ok" + emoji + emoji + "done";

        for (var max = 3; max < 2 + (2 * emoji.Length) + 1; max++)
        {
            var prefix = TextSamples.CutPrefix(WhatsAppText.Fit(text, max))!;
            var expected = "ok" + string.Concat(Enumerable.Repeat(emoji, (max - 3) / emoji.Length));
            Assert.Equal(expected, prefix);
        }
    }

    [Fact]
    public void Trailing_space_is_not_left_before_the_ellipsis()
    {
        Assert.Equal("Hall…", WhatsAppText.Fit("Hall     ticket", 8));
    }

    [Fact]
    public void When_nothing_fits_only_the_ellipsis_remains()
    {
        Assert.Equal("…", WhatsAppText.Fit(TextSamples.Stree + "abc", 3));
    }

    [Fact]
    public void A_limit_with_no_room_for_the_ellipsis_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WhatsAppText.Fit("abc", 0));
    }
}
