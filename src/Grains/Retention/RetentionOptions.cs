namespace ManaMitra.Grains.Access;

/// <summary><c>ManaMitra:Retention</c>: how long logs about citizens' data are kept (docs/BREACH.md).</summary>
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

    /// <exception cref="InvalidOperationException">Shorter than the law allows: the host refuses to start.</exception>
    public RetentionOptions Validated() => AccessLog >= LegalMinimum
        ? this
        : throw new InvalidOperationException(
            $"ManaMitra__Retention__AccessLog is {AccessLog.TotalDays:0.##} days; access logs are kept at least {LegalMinimum.TotalDays:0} days (DPDP Rules 2025).");
}
