using ManaMitra.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Tests.Observability;

public sealed class PersonalDataRedactionTests
{
    [Theory]
    [InlineData("grain citizenchat/919000007777@fad53941", "grain citizenchat/********7777@fad53941")]
    [InlineData("Aadhaar 499118665246 given", "Aadhaar ********5246 given")]
    [InlineData("Aadhaar 4991 1866 5246 given", "Aadhaar **** **** 5246 given")]
    [InlineData("mobile 9876543210", "mobile ******3210")]
    [InlineData("at 2026-11-24 22:52:00 entry 42 of S127.0.0.1:11111:123456789", "at 2026-11-24 22:52:00 entry 42 of S127.0.0.1:11111:123456789")]
    public void Numbers_that_could_be_a_citizens_are_masked_to_their_last_four_digits(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedaction.Redact(text));

    [Fact]
    public void Every_provider_of_the_host_writes_the_message_values_and_exception_masked()
    {
        var captured = new CapturingProvider();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(captured).SetMinimumLevel(LogLevel.Trace));
        services.AddManaMitraLogRedaction();
        using var provider = services.BuildServiceProvider();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("test");

        logger.LogWarning(new InvalidOperationException("call to citizenchat/919000007777 failed"), "Send to {Grain} took {Sequence}", "citizenchat/919000007777", 42L);

        var line = Assert.Single(captured.Lines);
        Assert.Equal("Send to citizenchat/********7777 took 42", line.Message);
        Assert.Contains(new KeyValuePair<string, object?>("Grain", "citizenchat/********7777"), line.Values);
        Assert.Contains(new KeyValuePair<string, object?>("Sequence", 42L), line.Values);
        Assert.Contains(new KeyValuePair<string, object?>("{OriginalFormat}", "Send to {Grain} took {Sequence}"), line.Values);
        Assert.Contains("citizenchat/********7777 failed", line.Exception, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), line.Exception, StringComparison.Ordinal);
        Assert.DoesNotContain("919000007777", line.Exception, StringComparison.Ordinal);
    }

    private sealed record Line(string Message, List<KeyValuePair<string, object?>> Values, string Exception);

    private sealed class CapturingProvider : ILoggerProvider, ILogger
    {
        public List<Line> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(new Line(
                formatter(state, exception),
                state is IEnumerable<KeyValuePair<string, object?>> values ? [.. values] : [],
                exception?.ToString() ?? ""));

        public void Dispose()
        {
        }
    }
}
