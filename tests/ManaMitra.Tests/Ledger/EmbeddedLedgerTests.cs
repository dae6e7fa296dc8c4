using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ManaMitra.Documents;
using ManaMitra.Documents.Ledger;
using ManaMitra.Grains.Ledger;
using ManaMitra.Persistence.Ledger;
using ManaMitra.Tests.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Ledger;

/// <summary>The same ledger in the embedded process's memory, where development and the simulator run without a database.</summary>
public sealed class EmbeddedLedgerTests(VerificationApp app) : IClassFixture<VerificationApp>
{
    [Fact]
    public async Task Issued_documents_are_chained_signed_and_proved_in_memory()
    {
        var document = await app.IssueAsync();
        await app.IssueAsync();
        await app.Services.GetRequiredService<LedgerCheckpoints>().SealAsync(CancellationToken.None);

        var store = app.Services.GetRequiredService<ILedgerStore>();
        var verification = await LedgerVerifier.VerifyAsync(store.AllAsync(), store.AllCheckpointsAsync(), app.Services.GetRequiredService<DocumentKeys>().JwkSet);
        var response = await app.Http.GetAsync($"/ledger/documents/{document.Id}/proof");
        var proof = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.IsType<MemoryLedgerStore>(store);
        Assert.True(verification.Intact, verification.Break?.Detail);
        Assert.Equal(0, verification.Unsealed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(VerificationApp.Kid, proof.GetProperty("checkpoint").GetProperty("kid").GetString());
    }
}
