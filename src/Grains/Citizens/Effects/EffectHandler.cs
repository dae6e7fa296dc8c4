using ManaMitra.Conversations;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Carries out one kind of <see cref="TurnEffect"/> inside the citizen's grain, where I/O is allowed, and says what to
/// reply. <see cref="EffectHandlers"/> finds every handler class, so a new kind of effect is a new file and no more.
/// </summary>
public interface IEffectHandler
{
    Type Effect { get; }

    Task<IReadOnlyList<Reply>> HandleAsync(TurnEffect effect, ChatSession session);
}

/// <summary>A handler of <typeparamref name="TEffect"/>, given its effect already as that type.</summary>
public abstract class EffectHandler<TEffect> : IEffectHandler
    where TEffect : TurnEffect
{
    public Type Effect => typeof(TEffect);

    public abstract Task<IReadOnlyList<Reply>> HandleAsync(TEffect effect, ChatSession session);

    Task<IReadOnlyList<Reply>> IEffectHandler.HandleAsync(TurnEffect effect, ChatSession session) => HandleAsync((TEffect)effect, session);
}
