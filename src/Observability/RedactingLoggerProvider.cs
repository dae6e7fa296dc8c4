using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Observability;

/// <summary>
/// Wraps a logging provider (console, JSON console, …) so every line it writes has passed
/// <see cref="PersonalDataRedaction"/>: the message, each structured value, and the exception text.
/// </summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped)
        {
            scoped.SetScopeProvider(scopeProvider);
        }
    }

    public void Dispose() => inner.Dispose();

    /// <summary>
    /// Wraps every logging provider registered so far. Call it last, after everything that adds providers: the
    /// host's defaults are registered when the builder is created.
    /// </summary>
    public static IServiceCollection RedactAllLogs(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var registration = services[i];
            if (registration.ServiceType != typeof(ILoggerProvider) || registration.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Singleton<ILoggerProvider>(sp => new RedactingLoggerProvider(Create(sp, registration)));
        }

        return services;
    }

    private static ILoggerProvider Create(IServiceProvider services, ServiceDescriptor registration) =>
        (ILoggerProvider)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var redacted = new RedactedState(PersonalDataRedaction.Redact(formatter(state, exception)), state as IReadOnlyList<KeyValuePair<string, object?>>);
            inner.Log(logLevel, eventId, redacted, exception is null ? null : new RedactedException(exception), static (s, _) => s.Message);
        }
    }

    /// <summary>The structured values of a log line, each redacted; the message template stays as written.</summary>
    private sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>>? values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private const string TemplateKey = "{OriginalFormat}";

        public string Message { get; } = message;

        public int Count => values?.Count ?? 0;

        public KeyValuePair<string, object?> this[int index]
        {
            get
            {
                var pair = values![index];
                return pair.Key == TemplateKey ? pair : new(pair.Key, PersonalDataRedaction.Redact(pair.Value));
            }
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Message;
    }

    /// <summary>An exception as formatters print it (type, message, stack), redacted; the original stays unlogged.</summary>
    private sealed class RedactedException(Exception original) : Exception(PersonalDataRedaction.Redact(original.Message))
    {
        private readonly string _text = PersonalDataRedaction.Redact(original.ToString());

        public override string? StackTrace => null;

        public override string ToString() => _text;
    }
}
