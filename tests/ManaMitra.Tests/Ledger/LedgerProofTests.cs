using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Interfaces.Ledger;
using ManaMitra.Languages;
using ManaMitra.Tests.Documents;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Ledger;

/// <summary>
/// The ledger as the grains fill it and the public reads it, on PostgreSQL: a document issued through its registry
/// entry, an official's decision and a grievance's resolution each make their entry, and a document's proof checks out
/// with nothing but the published JWK Set, by a check written here from docs/LEDGER.md rather than the product's.
/// </summary>
public sealed class LedgerProofTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    private static int _documents;

    [Fact]
    public async Task Issuing_a_document_enters_it_with_the_digest_of_what_its_qr_code_says()
    {
        var document = await IssueAsync();

        var entry = (await app.Store.LatestAsync("document.issued", document.Id))!;

        using var body = JsonDocument.Parse(entry.Body);
        Assert.Equal(("certificate", "revenue", "income-certificate"), (Text(body, "kind"), Text(body, "department"), Text(body, "service")));
        var qrPayload = Base64Url.DecodeFromChars(new Uri(app.VerificationUrl(document)).Query.Split("t=")[1].Split('.')[1]);
        Assert.Equal(Base64Url.EncodeToString(SHA256.HashData(qrPayload)), Text(body, "claims"));
        Assert.DoesNotContain("Lakshmi", entry.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", entry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_documents_proof_checks_out_against_the_published_keys()
    {
        var document = await IssueAsync();
        for (var i = 0; i < 3; i++)
        {
            await IssueAsync();
        }

        await app.SealAsync();
        var response = await app.Http.GetAsync($"/ledger/documents/{document.Id}/proof");
        var proof = await response.Content.ReadFromJsonAsync<JsonElement>();
        var keys = await app.Http.GetFromJsonAsync<JsonElement>("/verify/keys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/verify/keys", proof.GetProperty("keys").GetString());
        Assert.True(proof.GetProperty("following").GetArrayLength() >= 3);
        Assert.Equal(document.Id, proof.GetProperty("entry").GetProperty("subject").GetString());
        Assert.True(IndependentCheck(proof, keys), "the proof does not check out");
        Assert.DoesNotContain("Lakshmi", proof.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_refuses_a_proof_whose_entry_or_chain_was_changed()
    {
        var document = await IssueAsync();
        await IssueAsync();
        await app.SealAsync();
        var proof = await app.Http.GetFromJsonAsync<JsonElement>($"/ledger/documents/{document.Id}/proof");
        var keys = await app.Http.GetFromJsonAsync<JsonElement>("/verify/keys");

        var otherBody = JsonNode.Parse(proof.GetRawText())!;
        otherBody["entry"]!["body"] = otherBody["entry"]!["body"]!.GetValue<string>().Replace("revenue", "municipal", StringComparison.Ordinal);
        var otherChain = JsonNode.Parse(proof.GetRawText())!;
        otherChain["following"]![0] = Base64Url.EncodeToString(new byte[32]);

        Assert.True(IndependentCheck(proof, keys));
        Assert.False(IndependentCheck(JsonSerializer.SerializeToElement(otherBody), keys));
        Assert.False(IndependentCheck(JsonSerializer.SerializeToElement(otherChain), keys));
    }

    [Fact]
    public async Task A_document_newer_than_the_last_checkpoint_has_its_entry_and_no_checkpoint_yet()
    {
        var document = await IssueAsync();

        var response = await app.Http.GetAsync($"/ledger/documents/{document.Id}/proof");
        var proof = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, proof.GetProperty("checkpoint").ValueKind);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(document.Id, proof.GetProperty("entry").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_document_the_ledger_does_not_know_has_no_proof()
    {
        var response = await app.Http.GetAsync("/ledger/documents/REV-INC-2026-NEVER-ISSUED/proof");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_latest_checkpoint_is_published()
    {
        await IssueAsync();
        await app.SealAsync();

        var checkpoint = await app.Http.GetFromJsonAsync<JsonElement>("/ledger/checkpoint");

        var last = (await app.Store.LastAsync())!;
        Assert.Equal((last.Seq, Base64Url.EncodeToString(last.Hash)), (checkpoint.GetProperty("seq").GetInt64(), checkpoint.GetProperty("hash").GetString()));
        Assert.Equal(TestSecrets.SigningKid, checkpoint.GetProperty("kid").GetString());
    }

    [Fact]
    public async Task An_officials_approval_is_entered_before_the_certificate_it_issues()
    {
        var reference = $"REV-OCC-2026-{Interlocked.Increment(ref _documents):D6}";
        var application = app.Grains.GetGrain<IApplicationGrain>(reference);
        await application.Submit(new ApplicationSubmission
        {
            Reference = reference, DepartmentId = "revenue", ServiceId = "occupancy-rights-certificate", CitizenId = "919800000101",
            LanguageCode = "en", ApplicantName = "Kondapalli Lakshmi", Answers = [], Fee = 0,
            SubmittedAt = DateTimeOffset.UtcNow, DueBy = DateTimeOffset.UtcNow.AddDays(7),
        });

        Assert.Equal(DecisionResult.Done, await application.Decide(new OfficerDecision(Verdict.Approved, "Checked at the office", "tahsildar.vijayawada")));

        var decided = (await app.Store.LatestAsync("application.approved", reference))!;
        var issued = (await app.Store.LatestAsync("document.issued", reference))!;
        Assert.True(decided.Seq < issued.Seq);
        using var body = JsonDocument.Parse(decided.Body);
        Assert.Equal(1, body.RootElement.GetProperty("step").GetInt32());
        Assert.False(body.RootElement.GetProperty("appeal").GetBoolean());
        Assert.Equal(Record("tahsildar.vijayawada", "Checked at the office"), Text(body, "record"));
        Assert.DoesNotContain("Kondapalli", decided.Body + issued.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("tahsildar", decided.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grievances_resolution_and_a_revocation_are_entered()
    {
        var reference = $"GRV-2026-{Interlocked.Increment(ref _documents):D6}";
        var grievance = app.Grains.GetGrain<IGrievanceGrain>(reference);
        var office = new LocalizedText(new Dictionary<string, string> { ["en"] = "Ward 12", ["te"] = "వార్డు 12" });
        await grievance.Lodge(new GrievanceSubmission
        {
            Reference = reference, CitizenId = "919800000102", DepartmentId = "municipal-administration", ServiceId = "street-light-complaint",
            ServiceName = office, Details = [], Chain = [new GrievanceOffice("ward-12", office), new GrievanceOffice("vijayawada-urban", office)],
            LodgedAt = DateTimeOffset.UtcNow, SlaDays = 3,
        });
        var document = await IssueAsync();

        Assert.Equal(GrievanceActResult.Done, await grievance.Act(new GrievanceAction(GrievanceActionKind.Resolve, "Lamp replaced", "AE ward 12", "municipal-administration")));
        await app.Grains.GetGrain<ICertificateGrain>(document.Id).Revoke("Issued in error", "tahsildar.vijayawada");

        var resolved = (await app.Store.LatestAsync("grievance.resolved", reference))!;
        using var body = JsonDocument.Parse(resolved.Body);
        Assert.Equal(("municipal-administration", "ward-12", 1), (Text(body, "department"), Text(body, "office"), body.RootElement.GetProperty("step").GetInt32()));
        Assert.Equal(Record("AE ward 12", "Lamp replaced"), Text(body, "record"));
        var revoked = (await app.Store.LatestAsync("document.revoked", document.Id))!;
        Assert.Contains(Record("tahsildar.vijayawada", "Issued in error"), revoked.Body, StringComparison.Ordinal);
    }

    private async Task<IssuedDocument> IssueAsync()
    {
        var document = SampleDocuments.Certificate($"REV-INC-2026-L{Interlocked.Increment(ref _documents):D6}");
        await app.Grains.GetGrain<ICertificateGrain>(document.Id).Issue(document);
        return document;
    }

    private static string Text(JsonDocument body, string name) => body.RootElement.GetProperty(name).GetString()!;

    // The digest of who acted and what they wrote, as docs/LEDGER.md defines it: length-prefixed UTF-8, SHA-256.
    private static string Record(string by, string note) => Base64Url.EncodeToString(SHA256.HashData(LengthPrefixed(by, note)));

    /// <summary>
    /// The check anyone can make, from the published description alone: the entry's digest, chained through the
    /// following digests, must give the checkpoint's hash, and the checkpoint's signature must verify with the key its
    /// kid names in the JWK Set, over a payload that says that seq and hash.
    /// </summary>
    private static bool IndependentCheck(JsonElement proof, JsonElement keys)
    {
        var entry = proof.GetProperty("entry");
        var checkpoint = proof.GetProperty("checkpoint");
        var digest = SHA256.HashData(LengthPrefixed(
            entry.GetProperty("seq").GetInt64().ToString(CultureInfo.InvariantCulture), entry.GetProperty("at").GetString()!,
            entry.GetProperty("kind").GetString()!, entry.GetProperty("subject").GetString()!, entry.GetProperty("body").GetString()!));
        var hash = SHA256.HashData([.. Base64Url.DecodeFromChars(entry.GetProperty("prevHash").GetString()), .. digest]);
        if (Base64Url.EncodeToString(hash) != entry.GetProperty("hash").GetString())
        {
            return false;
        }

        foreach (var following in proof.GetProperty("following").EnumerateArray())
        {
            hash = SHA256.HashData([.. hash, .. Base64Url.DecodeFromChars(following.GetString())]);
        }

        var parts = checkpoint.GetProperty("jws").GetString()!.Split('.');
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var jwk = keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == header.RootElement.GetProperty("kid").GetString());
        using var key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.GetProperty("x").GetString()), Y = Base64Url.DecodeFromChars(jwk.GetProperty("y").GetString()) },
        });
        return header.RootElement.GetProperty("alg").GetString() == "ES256"
            && key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256)
            && payload.RootElement.GetProperty("seq").GetInt64() == entry.GetProperty("seq").GetInt64() + proof.GetProperty("following").GetArrayLength()
            && payload.RootElement.GetProperty("hash").GetString() == Base64Url.EncodeToString(hash);
    }

    private static byte[] LengthPrefixed(params string[] fields)
    {
        var bytes = new List<byte>();
        foreach (var field in fields)
        {
            var utf8 = Encoding.UTF8.GetBytes(field);
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)utf8.Length);
            bytes.AddRange(length);
            bytes.AddRange(utf8);
        }

        return [.. bytes];
    }
}
