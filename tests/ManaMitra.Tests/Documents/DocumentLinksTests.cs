using System.Web;
using ManaMitra.Documents;

namespace ManaMitra.Tests.Documents;

public sealed class DocumentLinksTests
{
    private static readonly byte[] Key = "a-link-key-for-tests-only-32-chars!"u8.ToArray();

    [Fact]
    public void A_link_is_good_until_it_expires()
    {
        var clock = new SettableClock(DateTimeOffset.Parse("2026-11-24T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var links = new DocumentLinks(Key, TimeSpan.FromHours(24), clock);

        var (id, e, s) = Parts(links.Create("https://manamitra.example.in/", "REV-INC-2026-000123"));

        Assert.Equal("REV-INC-2026-000123", id);
        Assert.Equal(LinkCheck.Valid, links.Check(id, e, s));
        clock.Now = clock.Now.AddHours(23.9);
        Assert.Equal(LinkCheck.Valid, links.Check(id, e, s));
        clock.Now = clock.Now.AddHours(0.2);
        Assert.Equal(LinkCheck.Expired, links.Check(id, e, s));
    }

    [Fact]
    public void A_link_altered_in_any_part_or_signed_by_another_key_is_invalid()
    {
        var links = new DocumentLinks(Key, TimeSpan.FromHours(24), TimeProvider.System);
        var (id, e, s) = Parts(links.Create("https://manamitra.example.in", "REV-INC-2026-000123"));
        var later = (long.Parse(e!, System.Globalization.CultureInfo.InvariantCulture) + 86_400).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var otherKey = new DocumentLinks("another-key-another-key-another-key"u8.ToArray(), TimeSpan.FromHours(24), TimeProvider.System);

        Assert.Equal(LinkCheck.Invalid, links.Check("REV-INC-2026-000124", e, s));
        Assert.Equal(LinkCheck.Invalid, links.Check(id, later, s));
        Assert.Equal(LinkCheck.Invalid, links.Check(id, e, s![..^1] + (s[^1] == 'A' ? 'B' : 'A')));
        Assert.Equal(LinkCheck.Invalid, links.Check(id, null, s));
        Assert.Equal(LinkCheck.Invalid, links.Check(id, e, null));
        Assert.Equal(LinkCheck.Invalid, otherKey.Check(id, e, s));
    }

    internal static (string Id, string? E, string? S) Parts(string link)
    {
        var uri = new Uri(link);
        var query = HttpUtility.ParseQueryString(uri.Query);
        return (Uri.UnescapeDataString(uri.Segments[^1]), query["e"], query["s"]);
    }
}

/// <summary>A clock the test moves, so expiry is tested without waiting.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
