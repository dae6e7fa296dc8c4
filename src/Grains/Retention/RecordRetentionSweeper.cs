using ManaMitra.Conversations.Forms;
using ManaMitra.Grains.Applications;
using ManaMitra.Grains.Departments;
using ManaMitra.Grains.Grievances;
using ManaMitra.Grains.Otp;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Interfaces.Otp;
using ManaMitra.Interfaces.Retention;
using ManaMitra.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Retention;

/// <summary>
/// On PostgreSQL, daily and as the silo starts: finds the records of one class not written for longer than its
/// retention and has each erase itself (<see cref="IRetainedRecord.Expire"/>), which it does only if its case is over
/// and nothing has happened to it since. Whole records, not fields: past its retention nothing in a record is owed to
/// anyone, and what a law keeps longer lives elsewhere (the certificate registry, the ledger).
/// </summary>
/// <remarks>
/// A scan rather than a reminder per record: a reminder is a row of its own and a timer the reminder service keeps
/// for years, for each of millions of records, where one walk of the table a day finds the same ones. An open case
/// the scan finds (an application nobody decided for five years) is asked again each day and stays.
/// </remarks>
public sealed class RecordRetentionSweeper(
    string stateName,
    TimeSpan retention,
    Func<IGrainFactory, string, IRetainedRecord> record,
    GrainStateScans states,
    IGrainFactory grains,
    TimeProvider time,
    IOptions<RetentionOptions> options,
    ILogger<RecordRetentionSweeper> logger) : GrainSweep(logger)
{
    protected override TimeSpan Period => options.Value.Sweep;

    protected override bool SweepAtStart => true;

    /// <summary>Every class of record that expires, with its retention: one sweep each.</summary>
    public static void AddTo(IServiceCollection services)
    {
        Add(services, ApplicationGrain.StateName, sp => Retention(sp).Applications, (g, key) => g.GetGrain<IApplicationGrain>(key));
        Add(services, GrievanceGrain.StateName, sp => Retention(sp).Grievances, (g, key) => g.GetGrain<IGrievanceGrain>(key));
        Add(services, PaymentGrain.StateName, sp => Retention(sp).Payments, (g, key) => g.GetGrain<IPaymentGrain>(key));
        // Codes sent to one Aadhaar's mobile count only within their window; after it the row only says who asked.
        Add(services, OtpQuotaGrain.StateName, sp => sp.GetRequiredService<IOptions<OtpOptions>>().Value.SendWindow, (g, key) => g.GetGrain<IOtpQuotaGrain>(key));
    }

    // These states are kept in Orleans' ADO.NET rows, which name a grain by its key within its class.
    protected override async Task<IReadOnlyList<GrainId>> FindAsync(GrainId? after, int limit, CancellationToken cancellationToken) =>
        [.. (await states.IdleKeysAsync(stateName, retention, after?.Key.ToString(), limit, cancellationToken)).Select(key => record(grains, key).GetGrainId())];

    protected override Task CallAsync(GrainId grain) => record(grains, grain.Key.ToString()!).Expire(time.GetUtcNow() - retention);

    private static RetentionOptions Retention(IServiceProvider services) => services.GetRequiredService<IOptions<RetentionOptions>>().Value;

    // A factory per class: AddHostedService would register one sweeper type once.
    private static void Add(
        IServiceCollection services, string stateName, Func<IServiceProvider, TimeSpan> retention, Func<IGrainFactory, string, IRetainedRecord> record) =>
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<RecordRetentionSweeper>(sp, stateName, retention(sp), record));
}
