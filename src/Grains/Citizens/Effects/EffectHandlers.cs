using ManaMitra.Conversations;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Every <see cref="IEffectHandler"/>, by the effect it handles: the grain hands each effect of a turn here and never
/// branches on its kind.
/// </summary>
public sealed class EffectHandlers(IEnumerable<IEffectHandler> handlers)
{
    // Two handlers for one kind of effect fail here, loudly, rather than one of them being silently ignored.
    private readonly Dictionary<Type, IEffectHandler> _handlers = handlers.ToDictionary(h => h.Effect);

    /// <summary>The effect carried out; its replies, in the order they are to be sent.</summary>
    public Task<IReadOnlyList<Reply>> HandleAsync(TurnEffect effect, ChatSession session) =>
        _handlers.TryGetValue(effect.GetType(), out var handler)
            ? handler.HandleAsync(effect, session)
            : throw new InvalidOperationException($"No handler for the {effect.GetType().Name} effect.");

    /// <summary>The handler classes of this assembly: found, not listed, so adding one is adding its file.</summary>
    public static IReadOnlyList<Type> HandlerTypes { get; } = typeof(IEffectHandler).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IEffectHandler)))
        .ToList();

    /// <summary>Each handler as a singleton of its own class, so one handler can use another (a run service tells its outcome).</summary>
    public static IServiceCollection AddTo(IServiceCollection services)
    {
        foreach (var type in HandlerTypes)
        {
            services.TryAddSingleton(type);
        }

        services.TryAddSingleton<GrievanceQuestions>();
        services.TryAddSingleton(sp => new EffectHandlers(HandlerTypes.Select(t => (IEffectHandler)sp.GetRequiredService(t))));
        return services;
    }
}
