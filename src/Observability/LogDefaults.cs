using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace ManaMitra.Observability;

/// <summary>
/// The log levels every ManaMitra host starts from: ManaMitra's own lines at Information, libraries at Warning.
/// Libraries log routine work at Information and buried what the application did: Polly two entries each time Orleans
/// places a grain call (the embedded silo keeps no directory cache, so its calls are placed one by one, and the
/// Orleans Dashboard asks for runtime statistics every second even when idle), HttpClient two per Cloud API request,
/// Orleans its start-up and membership chatter, ASP.NET Core a line per request. The host's four lifetime lines give
/// way to ManaMitra's one start-up summary.
/// </summary>
public static class LogDefaults
{
    private static readonly Dictionary<string, string?> Levels = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Orleans"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
    };

    /// <summary>
    /// Adds <see cref="Levels"/> as the configuration's lowest-priority source: in code rather than an appsettings
    /// file so they hold whatever folder a host is started from, and first so that appsettings files,
    /// <c>Logging__LogLevel__*</c> variables and arguments still override each of them.
    /// </summary>
    public static IConfigurationBuilder AddManaMitraLogDefaults(this IConfigurationBuilder configuration)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
        return configuration;
    }
}
