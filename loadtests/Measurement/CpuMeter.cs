using System.Globalization;
using System.Runtime.InteropServices;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>
/// CPU time of processes from <c>/proc/&lt;pid&gt;/stat</c>: user + system time, plus that of children the process
/// has waited for and of children still running — PostgreSQL's backends are children of its postmaster, and one that
/// ends during the run is still counted. Read before and after the measured load; the difference over the messages
/// answered is what a message costs the system, process by process.
/// </summary>
public static class CpuMeter
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK

    private static readonly Lazy<long> TicksPerSecond = new(() => OperatingSystem.IsLinux() ? SystemConfiguration(ClockTicksName) : 100);

    /// <summary>Microseconds of CPU used so far by <paramref name="processId"/> and its children; null when it is gone or this is not Linux.</summary>
    public static long? Microseconds(int processId)
    {
        if (Stat(processId) is not { } own)
        {
            return null;
        }

        var ticks = own.Self + own.WaitedChildren + Children(processId).Sum(c => Stat(c)?.Self ?? 0);
        return ticks * 1_000_000 / TicksPerSecond.Value;
    }

    private static (long Self, long WaitedChildren)? Stat(int processId)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its ')'.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14-17 of stat(5): utime, stime, cutime, cstime; fields[0] is field 3.
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            return (Field(14) + Field(15), Field(16) + Field(17));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<int> Children(int processId)
    {
        var children = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/task/{processId.ToString(CultureInfo.InvariantCulture)}/children";
        return File.Exists(children)
            ? File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture))
            : [];
    }

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long SystemConfiguration(int name);
}
