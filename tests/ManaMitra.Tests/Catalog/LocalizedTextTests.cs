using System.Text.Json;
using ManaMitra.Conversations;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ManaMitra.Tests.Catalog;

/// <summary>A localized text reads in any language, falls back to its first, and crosses grain calls, state and JSON whole.</summary>
public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Fee = LocalizedText.Of(("en", "Fee: ₹{0} for {1}"), ("te", "{1} కోసం రుసుము: ₹{0}"), ("hi", "{1} का शुल्क: ₹{0}"));

    [Fact]
    public void A_language_the_text_lacks_reads_in_its_first_language()
    {
        var text = LocalizedText.Of(("en", "Revenue"), ("te", "రెవెన్యూ"));

        Assert.Equal("రెవెన్యూ", text.In("te"));
        Assert.Equal("Revenue", text.In("hi"));
        Assert.Equal("Revenue", text.Fallback);
        Assert.DoesNotContain(text.Entries, e => e.Key == "hi");
    }

    [Fact]
    public void Fill_gives_every_language_its_own_form_of_a_localized_value()
    {
        var service = LocalizedText.Of(("en", "Income Certificate"), ("te", "ఆదాయ ధృవీకరణ పత్రం"));

        var filled = Fee.Fill(45, service);

        Assert.Equal("Fee: ₹45 for Income Certificate", filled.In("en"));
        Assert.Equal("ఆదాయ ధృవీకరణ పత్రం కోసం రుసుము: ₹45", filled.In("te"));
        // Hindi asks for the service's Hindi name, which it lacks: the name falls back, the sentence stays Hindi.
        Assert.Equal("Income Certificate का शुल्क: ₹45", filled.In("hi"));
    }

    [Fact]
    public void Texts_are_equal_by_their_languages_and_words_in_order()
    {
        Assert.Equal(LocalizedText.Of(("en", "a"), ("te", "b")), LocalizedText.Of(("en", "a"), ("te", "b")));
        Assert.NotEqual(LocalizedText.Of(("en", "a"), ("te", "b")), LocalizedText.Of(("te", "b"), ("en", "a")));
        Assert.Throws<ArgumentException>(() => LocalizedText.Of(("en", "a"), ("en", "b")));
    }

    [Fact]
    public void A_text_round_trips_through_JSON_as_the_catalog_writes_it()
    {
        var json = JsonSerializer.Serialize(Fee);

        Assert.StartsWith("{\"en\":", json, StringComparison.Ordinal);
        Assert.Equal(Fee, JsonSerializer.Deserialize<LocalizedText>(json));
    }

    [Fact]
    public void Outcomes_and_the_chat_state_carry_texts_through_the_Orleans_serializer()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var outcome = new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Message = Fee,
            Fields = [new OutcomeField(LocalizedText.Of(("en", "Name"), ("te", "పేరు")), "Lakshmi")],
        };
        var session = new ChatSession { Language = "hi", Documents = [new DocumentRef("REV-1", Fee, DateTimeOffset.UnixEpoch)] };

        var outcomeCopy = Assert.IsType<ServiceOutcome>(serializer.Deserialize<ServiceOutcome>(serializer.SerializeToArray(outcome)));
        var sessionCopy = Assert.IsType<ChatSession>(serializer.Deserialize<ChatSession>(serializer.SerializeToArray(session)));

        Assert.Equal(Fee, outcomeCopy.Message);
        Assert.Equal(outcome.Fields, outcomeCopy.Fields);
        Assert.Equal("hi", sessionCopy.Language);
        Assert.Equal(session.Documents, sessionCopy.Documents);
    }
}
