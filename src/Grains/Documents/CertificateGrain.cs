using ManaMitra.Catalog;
using ManaMitra.Documents;
using ManaMitra.Grains.Ledger;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Persistence;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Grains.Documents;

/// <summary>One issued document and its revocation, persisted so the online check outlives any activation.</summary>
public sealed partial class CertificateGrain(
    [PersistentState(CertificateGrain.StateName, StorageNames.Citizens)] IPersistentState<CertificateState> state,
    TimeProvider time,
    LedgerWriter ledger,
    ILogger<CertificateGrain> logger) : Grain, ICertificateGrain
{
    // One state name per grain class: two classes with the same key and state name on one provider share a row
    // (Orleans issue 8746).
    public const string StateName = "certificate";

    public async Task<CertificateRecord> Issue(IssuedDocument document)
    {
        if (document.Id != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"document {document.Id} issued on the registry entry of {this.GetPrimaryKeyString()}", nameof(document));
        }

        // A retried issue (a department's handler repeating a submission) must not rewrite what was already printed.
        if (state.State.Document is null)
        {
            // In the ledger before it is recorded here: if the ledger refuses, nothing is issued (LedgerWriter).
            await ledger.AppendAsync(LedgerFacts.Issued(document));
            state.State.Document = document;
            await state.WriteStateAsync();
            LogIssued(document.Id, document.Kind, document.DepartmentId, document.ServiceId);
        }

        return Record()!;
    }

    public Task<CertificateRecord?> Get() => Task.FromResult(Record());

    public async Task<CertificateRecord?> Revoke(string reason, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (state.State.Document is null)
        {
            return null;
        }

        if (state.State.Revocation is null)
        {
            var revocation = new Revocation(reason, by, time.GetUtcNow());
            await ledger.AppendAsync(LedgerFacts.Revoked(this.GetPrimaryKeyString(), revocation));
            state.State.Revocation = revocation;
            await state.WriteStateAsync();
            LogRevoked(this.GetPrimaryKeyString(), state.State.Document.Kind, by);
        }

        return Record();
    }

    public async Task<bool> Erase()
    {
        if (state.State.Document is not { } document)
        {
            return false;
        }

        if (state.State.ErasedAt is null)
        {
            // The digest first, while the fields it is computed from are still here. Labels stay: they say what the
            // QR code's values are, in every language, and name nobody.
            state.State.ClaimsDigest = DocumentClaims.From(document).Digest();
            state.State.Document = document with { HolderName = "", Fields = [.. document.Fields.Select(f => f with { Value = "" })] };
            state.State.ErasedAt = time.GetUtcNow();
            await state.WriteStateAsync();
            LogErased(document.Id, document.Kind);
        }

        return true;
    }

    private CertificateRecord? Record() => state.State.Document is { } document
        ? new CertificateRecord
        {
            Document = document,
            Status = state.State.Revocation is null ? CertificateStatus.Valid : CertificateStatus.Revoked,
            Revocation = state.State.Revocation,
            ClaimsDigest = state.State.ClaimsDigest ?? DocumentClaims.From(document).Digest(),
            ErasedAt = state.State.ErasedAt,
        }
        : null;

    // The holder's name and the document's fields are personal; the id is what an official looks a document up by.
    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} issued: {Kind} for {Department}/{Service}")]
    private partial void LogIssued(string documentId, string kind, string department, string service);

    // The reason is free text an official typed, possibly about the holder; it stays on the verification page.
    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} revoked: {Kind}, by {By}")]
    private partial void LogRevoked(string documentId, string kind, string by);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} erased to its registry minimum: {Kind}")]
    private partial void LogErased(string documentId, string kind);
}
