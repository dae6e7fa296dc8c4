using ManaMitra.Documents;
using ManaMitra.Interfaces.Documents;

namespace ManaMitra.Tests.Documents;

public sealed class CertificateGrainTests(VerificationApp app) : IClassFixture<VerificationApp>
{
    [Fact]
    public async Task Issuing_again_keeps_the_first_record()
    {
        var document = await app.IssueAsync();
        var grain = app.Grains.GetGrain<ICertificateGrain>(document.Id);

        var again = await grain.Issue(document with { HolderName = "Someone Else" });

        Assert.Equal("Lakshmi Prasanna Kolli", again.Document.HolderName);
        Assert.Equal(CertificateStatus.Valid, again.Status);
        Assert.Equal("Lakshmi Prasanna Kolli", (await grain.Get())!.Document.HolderName);
    }

    [Fact]
    public async Task A_revocation_is_recorded_once_with_its_reason_author_and_time()
    {
        var document = await app.IssueAsync();
        var grain = app.Grains.GetGrain<ICertificateGrain>(document.Id);
        var before = DateTimeOffset.UtcNow;

        var revoked = await grain.Revoke("Income misstated", "tahsildar-vijayawada");
        var again = await grain.Revoke("Another reason", "someone");

        Assert.Equal(CertificateStatus.Revoked, revoked!.Status);
        Assert.Equal(new Revocation("Income misstated", "tahsildar-vijayawada", revoked.Revocation!.At), revoked.Revocation);
        Assert.InRange(revoked.Revocation.At, before, DateTimeOffset.UtcNow);
        Assert.Equal(revoked.Revocation, again!.Revocation);
        Assert.Equal(CertificateStatus.Revoked, (await grain.Get())!.Status);
    }

    [Fact]
    public async Task Nothing_is_known_or_revocable_under_an_id_never_issued()
    {
        var grain = app.Grains.GetGrain<ICertificateGrain>("REV-INC-2026-NEVER-ISSUED");

        Assert.Null(await grain.Get());
        Assert.Null(await grain.Revoke("typo", "clerk"));
        Assert.Null(await grain.Get());
    }

    [Fact]
    public async Task A_document_is_only_issued_under_its_own_id()
    {
        var document = SampleDocuments.Certificate("REV-INC-2026-OWN");

        await Assert.ThrowsAsync<ArgumentException>(() => app.Grains.GetGrain<ICertificateGrain>("REV-INC-2026-OTHER").Issue(document));
    }
}
