using ManaMitra.Grains.Citizens;

namespace ManaMitra.Tests.Conversations;

public sealed class FloodGuardTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    [Fact]
    public void Admits_the_limit_within_a_window_and_refuses_the_rest()
    {
        var guard = new FloodGuard(3, Window);

        var admitted = Enumerable.Range(0, 5).Select(i => guard.Admit(Start.AddSeconds(i))).ToList();

        Assert.Equal([true, true, true, false, false], admitted);
    }

    [Fact]
    public void The_window_slides_so_old_messages_stop_counting()
    {
        var guard = new FloodGuard(2, Window);
        guard.Admit(Start);
        guard.Admit(Start.AddSeconds(30));

        Assert.False(guard.Admit(Start.AddSeconds(59)));
        // The first message has left the window, but the refused one at 0:59 still counts with the one at 0:30.
        Assert.False(guard.Admit(Start.AddSeconds(61)));
        Assert.True(guard.Admit(Start.AddSeconds(120)));
    }

    [Fact]
    public void A_withdrawn_admission_does_not_count()
    {
        var guard = new FloodGuard(1, Window);
        Assert.True(guard.Admit(Start));

        guard.Withdraw();

        Assert.True(guard.Admit(Start.AddSeconds(1)));
    }

    [Fact]
    public void Warns_once_per_window()
    {
        var guard = new FloodGuard(1, Window);

        Assert.True(guard.ShouldWarn(Start));
        Assert.False(guard.ShouldWarn(Start.AddSeconds(59)));
        Assert.True(guard.ShouldWarn(Start.AddSeconds(60)));
    }

    [Fact]
    public void Is_quiet_only_once_its_newest_message_has_left_the_window()
    {
        var guard = new FloodGuard(5, Window);
        Assert.True(guard.IsQuiet(Start));

        guard.Admit(Start);
        guard.Admit(Start.AddSeconds(40));

        Assert.False(guard.IsQuiet(Start.AddSeconds(99)));
        Assert.True(guard.IsQuiet(Start.AddSeconds(100)));
    }
}
