namespace ManaMitra.Grains.Retention;

/// <summary>
/// <c>ManaMitra:Retention</c>: how long each class of data about citizens is kept once it has served its purpose
/// (docs/PRIVACY.md#retention). A conversation's own retention is <c>ManaMitra:Chat:Retention</c>, as the consent
/// notice quotes it.
/// </summary>
/// <remarks>
/// The records' defaults are placeholders for the State's record retention schedule (under the Public Records Act
/// 1993 and its own rules), which a deployment sets; each is counted from the last thing that happened to a record
/// whose case is over, and an open case is never erased.
/// </remarks>
public sealed class RetentionOptions
{
    public const string Section = "ManaMitra:Retention";

    /// <summary>The DPDP Rules 2025 ask for logs of access to personal data to be kept a year at the least.</summary>
    public static readonly TimeSpan LegalMinimum = TimeSpan.FromDays(365);

    /// <summary>
    /// How long access log rows are kept (<c>ManaMitra__Retention__AccessLog</c>, in days or as <c>d.hh:mm:ss</c>):
    /// 400 days by default, a year and a margin for a notice that arrives late. Never less than <see cref="LegalMinimum"/>.
    /// </summary>
    public TimeSpan AccessLog { get; set; } = TimeSpan.FromDays(400);

    /// <summary>A decided application after its last step (<c>ManaMitra__Retention__Applications</c>): five years.</summary>
    public TimeSpan Applications { get; set; } = TimeSpan.FromDays(5 * 365);

    /// <summary>A resolved grievance after its last step (<c>ManaMitra__Retention__Grievances</c>): three years.</summary>
    public TimeSpan Grievances { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>A settled payment after it settled (<c>ManaMitra__Retention__Payments</c>): eight years, as accounts are kept.</summary>
    public TimeSpan Payments { get; set; } = TimeSpan.FromDays(8 * 365);

    /// <summary>How often each silo on PostgreSQL looks for records past these (<c>ManaMitra__Retention__Sweep</c>): daily.</summary>
    public TimeSpan Sweep { get; set; } = TimeSpan.FromDays(1);

    /// <exception cref="InvalidOperationException">A figure the host must not run with: it refuses to start, naming the setting.</exception>
    public RetentionOptions Validated()
    {
        if (AccessLog < LegalMinimum)
        {
            throw new InvalidOperationException(
                $"ManaMitra__Retention__AccessLog is {AccessLog.TotalDays:0.##} days; access logs are kept at least {LegalMinimum.TotalDays:0} days (DPDP Rules 2025).");
        }

        foreach (var (name, span) in new[] { (nameof(Applications), Applications), (nameof(Grievances), Grievances), (nameof(Payments), Payments), (nameof(Sweep), Sweep) })
        {
            if (span <= TimeSpan.Zero)
            {
                throw new InvalidOperationException($"ManaMitra__Retention__{name} is {span}; it must be longer than zero.");
            }
        }

        return this;
    }
}
