using ManaMitra.LoadTests.Traffic;

namespace ManaMitra.Tests.LoadTests;

/// <summary>Open-model arrivals follow the rate profile exactly.</summary>
public sealed class ArrivalScheduleTests
{
    [Fact]
    public void A_constant_rate_spaces_messages_evenly()
    {
        var schedule = ArrivalSchedule.Constant(100, 10);

        Assert.Equal(1000, schedule.Count);
        Assert.Equal(0, schedule.SecondsUntil(0), 9);
        Assert.Equal(5, schedule.SecondsUntil(500), 9);
        Assert.Equal(9.99, schedule.SecondsUntil(999), 9);
    }

    [Fact]
    public void A_ramp_sends_the_area_under_the_rate_then_holds()
    {
        // 0 → 100/s over 10 s is 500 messages, then 100/s for 10 s more.
        var schedule = ArrivalSchedule.Ramp(0, 100, 10, 20);

        Assert.Equal(1500, schedule.Count);
        Assert.Equal(10, schedule.SecondsUntil(500), 9);
        // Arrivals by t inside the ramp are 5·t², so message 125 is due at 5 s.
        Assert.Equal(5, schedule.SecondsUntil(125), 9);
        Assert.Equal(15, schedule.SecondsUntil(1000), 9);
    }

    [Fact]
    public void Due_times_never_go_backwards()
    {
        var schedule = ArrivalSchedule.Ramp(20, 200, 7, 15);

        var times = Enumerable.Range(0, (int)schedule.Count).Select(i => schedule.SecondsUntil(i)).ToList();

        Assert.Equal(times.Order(), times);
        Assert.InRange(times[^1], 14, 15);
    }
}
