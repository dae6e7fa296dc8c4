using System.Diagnostics;
using ManaMitra.LoadTests.Measurement;

namespace ManaMitra.Tests.LoadTests;

/// <summary>CPU per message: read from /proc for the processes a run started, divided by the messages answered.</summary>
public sealed class CpuCostTests
{
    [Fact]
    public void The_cost_per_message_is_each_process_cpu_over_the_run_divided_by_the_answered_messages()
    {
        var before = new Dictionary<string, long> { ["load tool"] = 1_000, ["silo1"] = 10_000, ["postgres"] = 5_000 };
        var after = new Dictionary<string, long> { ["load tool"] = 3_000, ["silo1"] = 50_000, ["postgres"] = 25_000 };

        var cost = CpuCost.Between(before, after, messages: 100)!;

        Assert.Equal(600, cost.SystemUsPerMessage);
        Assert.Equal(20, cost.LoadToolUsPerMessage);
        Assert.Equal(400, cost.UsPerMessageByProcess["silo1"]);
        Assert.Equal(200, cost.UsPerMessageByProcess["postgres"]);
    }

    [Fact]
    public void Without_answered_messages_or_system_processes_there_is_no_cost_to_report()
    {
        var tool = new Dictionary<string, long> { ["load tool"] = 1_000 };

        Assert.Null(CpuCost.Between(tool, tool, messages: 100));
        Assert.Null(CpuCost.Between(tool, tool, messages: 0));
    }

    [Fact]
    public void A_running_process_has_cpu_time_and_one_that_is_gone_has_none()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Work enough to be seen at the kernel's 10 ms tick.
        var spin = Stopwatch.StartNew();
        while (spin.ElapsedMilliseconds < 50)
        {
            Thread.SpinWait(1000);
        }

        Assert.True(CpuMeter.Microseconds(Environment.ProcessId) > 0);
        Assert.Null(CpuMeter.Microseconds(int.MaxValue));
    }
}
