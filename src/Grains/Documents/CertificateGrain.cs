using ManaMitra.Departments;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Documents;

/// <summary>One issued document and its revocation, persisted so the online check outlives any activation.</summary>
public sealed class CertificateGrain(
    [PersistentState(CertificateGrain.StateName, StorageNames.Citizens)] IPersistentState<CertificateState> state,
    TimeProvider time) : Grain, ICertificateGrain
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
            state.State.Document = document;
            await state.WriteStateAsync();
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
            state.State.Revocation = new Revocation(reason, by, time.GetUtcNow());
            await state.WriteStateAsync();
        }

        return Record();
    }

    private CertificateRecord? Record() => state.State.Document is { } document
        ? new CertificateRecord
        {
            Document = document,
            Status = state.State.Revocation is null ? CertificateStatus.Valid : CertificateStatus.Revoked,
            Revocation = state.State.Revocation,
        }
        : null;
}
