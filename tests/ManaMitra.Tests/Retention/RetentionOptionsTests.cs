using ManaMitra.Grains.Retention;

namespace ManaMitra.Tests.Retention;

public sealed class RetentionOptionsTests
{
    [Theory]
    [InlineData(nameof(RetentionOptions.Applications))]
    [InlineData(nameof(RetentionOptions.Grievances))]
    [InlineData(nameof(RetentionOptions.Payments))]
    [InlineData(nameof(RetentionOptions.Sweep))]
    public void A_record_kept_for_no_time_stops_start_up_naming_its_setting(string setting)
    {
        var options = new RetentionOptions();
        typeof(RetentionOptions).GetProperty(setting)!.SetValue(options, TimeSpan.Zero);

        var error = Assert.Throws<InvalidOperationException>(options.Validated);

        Assert.Contains($"ManaMitra__Retention__{setting}", error.Message, StringComparison.Ordinal);
    }
}
