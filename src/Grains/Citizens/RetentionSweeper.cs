using ManaMitra.Conversations;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Citizens;

/// <summary>
/// On PostgreSQL, once a day and as the silo starts (a silo restarted daily would otherwise never sweep): finds the
/// conversations not written for longer than their retention (<see cref="ChatOptions.Retention"/>, the figure the
/// consent notice tells citizens) and has each erase itself (<see cref="ICitizenChatGrain.Expire"/>), which it does
/// only if the citizen has indeed not written since.
/// </summary>
public sealed class RetentionSweeper(
    GrainStateScans states,
    IGrainFactory grains,
    IOptions<ChatOptions> options,
    ILogger<RetentionSweeper> logger) : GrainSweep(logger)
{
    protected override TimeSpan Period => options.Value.RetentionSweep;

    protected override bool SweepAtStart => true;

    protected override Task<IReadOnlyList<GrainId>> FindAsync(GrainId? after, int limit, CancellationToken cancellationToken) =>
        states.IdleAsync(CitizenChatGrain.StateName, options.Value.Retention, after, limit, cancellationToken);

    protected override Task CallAsync(GrainId grain) => grains.GetGrain<ICitizenChatGrain>(grain.Key.ToString()!).Expire();
}
