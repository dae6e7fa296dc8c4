using ManaMitra.Interfaces.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// Creates the bootstrap administrator (<c>ManaMitra:Officers:Admin:User</c> and <c>…:Password</c>) once the cluster
/// is reachable, so a new installation has someone to create officers. An existing account is left as it is: the
/// configured password only ever sets the first one.
/// </summary>
public sealed partial class ConsoleAdministrator(
    IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, TimeProvider time, ILogger<ConsoleAdministrator> logger)
    : IHostedLifecycleService
{
    public const string Section = "ManaMitra:Officers:Admin";

    /// <summary>The sandbox's administrator when none is configured; documented in the README, never used in Production.</summary>
    public const string SandboxUser = "admin";

    public const string SandboxPassword = "sandbox-admin-2026";

    // After every hosted service started: the embedded silo or the cluster client is up by then.
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var (user, password) = Configured();
        if (user is null || password is null)
        {
            LogNoAdministrator();
            return;
        }

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerUser>>();
        if (await users.FindByNameAsync(user) is not null)
        {
            return;
        }

        var created = await users.CreateAsync(
            new OfficerUser { UserName = user, DisplayName = user, Role = OfficerRole.Administrator, CreatedAt = time.GetUtcNow(), CreatedBy = "configuration" },
            password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"{Section}: the administrator could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        LogCreated(user);
    }

    private (string? User, string? Password) Configured()
    {
        var section = configuration.GetSection(Section);
        var user = section["User"];
        var password = section["Password"];
        if (!string.IsNullOrWhiteSpace(user) && !string.IsNullOrEmpty(password))
        {
            return (user.Trim(), password);
        }

        return environment.IsDevelopment() ? (SandboxUser, SandboxPassword) : (null, null);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Officer console: administrator {User} created from configuration")]
    private partial void LogCreated(string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer console: no administrator configured (ManaMitra__Officers__Admin__User and __Password); no officer can be created")]
    private partial void LogNoAdministrator();
}
