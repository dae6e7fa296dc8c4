using ManaMitra.Interfaces.Access;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ManaMitra.OfficerConsole.Access;

/// <summary>
/// Records that an official (a console session) or a department system (an API key) read or acted on citizens'
/// records (docs/BREACH.md), before the page or answer shows them: each call returns once the rows are stored, and
/// throws <see cref="AccessNotRecordedException"/> when they cannot be, so the read fails instead of going unrecorded.
/// </summary>
/// <remarks>
/// Waiting costs a page one grain call and its share of one batched insert (milliseconds: the store writes whatever
/// concurrent pages handed in in one statement). Writing in the background would spare that, but a crash would lose
/// whatever was queued, and a breach audit that may lack the reads it is asked about cannot say who was affected.
/// Lists (the queues) are not logged: they show references, services, offices and dates, no name or answer of a
/// citizen; opening one is. A list that starts showing names is to be logged row by row.
/// </remarks>
public sealed partial class AccessLog(IGrainFactory grains, TimeProvider time, ILogger<AccessLog> logger)
{
    /// <summary>The signed-in officer read or acted on one record.</summary>
    public Task ByOfficer(HttpContext context, AccessKind kind, string reference, string? citizenKey) =>
        ByOfficer(context, kind, [(reference, citizenKey)]);

    /// <summary>The signed-in officer acted on several records at once (a bulk approval).</summary>
    public Task ByOfficer(HttpContext context, AccessKind kind, IEnumerable<(string Reference, string? CitizenKey)> records)
    {
        var officer = SignedInOfficer.From(context.User) ?? throw new InvalidOperationException("the access log records signed-in officers only");
        return Record(context, officer.UserName, null, kind, records);
    }

    /// <summary>A key (<paramref name="owner"/>'s, with <paramref name="fingerprint"/>) read or acted on one record.</summary>
    public Task ByKey(HttpContext context, string owner, string fingerprint, AccessKind kind, string reference, string? citizenKey) =>
        Record(context, AccessActor.ApiKey(owner), fingerprint, kind, [(reference, citizenKey)]);

    private async Task Record(
        HttpContext context, string actor, string? fingerprint, AccessKind kind, IEnumerable<(string Reference, string? CitizenKey)> records)
    {
        var at = time.GetUtcNow();
        var client = Client(context);
        var rows = records.Select(r => new AccessRecord(at, actor, fingerprint, kind, r.Reference, r.CitizenKey, client)).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            await grains.GetGrain<IAccessLogGrain>(0).Record(rows);
        }
        catch (Exception e)
        {
            // The silo counted it if its store failed; a silo out of reach did not, so this frontend says so too.
            LogNotRecorded(e, kind.Name(), rows.Count);
            throw new AccessNotRecordedException(e);
        }
    }

    // Behind the trusted proxies (TrustedProxies) this is the official's own address. Kestrel gives an IPv4 client
    // on a dual-stack socket as ::ffff:a.b.c.d; the log keeps a.b.c.d, as the official's network knows it.
    [LoggerMessage(Level = LogLevel.Error, Message = "Access log: {Count} {Kind} record(s) not stored; the read was refused")]
    private partial void LogNotRecorded(Exception exception, string kind, int count);

    private static string? Client(HttpContext context) => context.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : null;
}
