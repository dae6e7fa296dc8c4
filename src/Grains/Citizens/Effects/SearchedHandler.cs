using ManaMitra.Conversations;
using ManaMitra.Observability;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Counts a typed search by the citizen's language and hands the masked words of one that found nothing to this silo's
/// dashboard tally; the conversation has already replied, so nothing is sent.
/// </summary>
public sealed class SearchedHandler(SearchMetrics metrics, DashboardTally tally, TimeProvider time, Conversation conversation) : EffectHandler<Searched>
{
    public override Task<IReadOnlyList<Reply>> HandleAsync(Searched effect, ChatSession session)
    {
        metrics.Searched(conversation.LanguageOf(session), foundNothing: effect.Unmatched is not null);
        if (effect.Unmatched is { } words)
        {
            tally.FoundNothing(words, time.GetUtcNow());
        }

        return Task.FromResult<IReadOnlyList<Reply>>([]);
    }
}
