using ManaMitra.Conversations;
using ManaMitra.Grains.Citizens.Effects;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Effects;

/// <summary>A turn's effects reach their own handler by type; an effect nobody handles is a fault, not a silent no-op.</summary>
public sealed class EffectHandlersTests
{
    [Fact]
    public void Every_kind_of_effect_has_exactly_one_handler()
    {
        var effects = new[] { typeof(TurnEffect).Assembly, typeof(EffectHandlers).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(TurnEffect)))
            .Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)))
            .ToList();
        var handled = EffectHandlers.HandlerTypes
            .Select(t => t.BaseType!.GetGenericArguments().Single())
            .Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)))
            .ToList();

        Assert.Equal(
            [typeof(AskCitizenReply), typeof(CancelBooking), typeof(Forgotten), typeof(GiveCitizenReply), typeof(IssueDataStatement), typeof(ListApplications), typeof(PayAgain), typeof(RateGrievance), typeof(ReopenGrievance), typeof(ResendDocument), typeof(RunService), typeof(Searched), typeof(SendCode), typeof(ShowApplication), typeof(TellOutcome)],
            effects);
        Assert.Equal(effects, handled);
    }

    [Fact]
    public async Task Each_effect_goes_to_the_handler_of_its_type_with_the_session()
    {
        var session = new ChatSession();
        var handlers = new EffectHandlers([new Echo<Wave>("wave"), new Echo<Nod>("nod")]);

        var replies = await handlers.HandleAsync(new Nod(), session);

        Assert.Equal("nod", Assert.IsType<TextReply>(Assert.Single(replies)).Body);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new EffectHandlers([new Echo<Wave>("wave")]).HandleAsync(new Nod(), session));
    }

    [Fact]
    public void Two_handlers_for_one_kind_of_effect_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new EffectHandlers([new Echo<Wave>("one"), new Echo<Wave>("two")]));
    }

    private sealed record Wave : TurnEffect;

    private sealed record Nod : TurnEffect;

    private sealed class Echo<TEffect>(string text) : EffectHandler<TEffect>
        where TEffect : TurnEffect
    {
        public override Task<IReadOnlyList<Reply>> HandleAsync(TEffect effect, ChatSession session) =>
            Task.FromResult<IReadOnlyList<Reply>>([new TextReply(text)]);
    }
}
