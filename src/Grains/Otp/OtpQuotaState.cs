namespace ManaMitra.Grains.Otp;

[GenerateSerializer]
public sealed class OtpQuotaState
{
    /// <summary>When codes were sent within the last window.</summary>
    [Id(0)] public List<DateTimeOffset> Sent { get; set; } = [];
}
