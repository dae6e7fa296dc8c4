using System.Diagnostics;
using ManaMitra.Conversations;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>Runs the service on its department's grain and tells the citizen how it ended, or asks again the question whose answer found nothing.</summary>
public sealed class RunServiceHandler(IGrainFactory grains, TellOutcomeHandler tell, Conversation conversation, ManaMitraMetrics metrics) : EffectHandler<RunService>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(RunService effect, ChatSession session)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await grains.GetGrain<IDepartmentServiceGrain>(effect.DepartmentId).Run(effect.Request);
        metrics.ServiceServed(effect.DepartmentId, effect.Request.ServiceId, outcome.Status, Stopwatch.GetElapsedTime(started));
        return conversation.AfterRun(session, effect.Request.ServiceId, outcome) is { } question
            ? [question]
            : await tell.HandleAsync(new TellOutcome(outcome), session);
    }
}
