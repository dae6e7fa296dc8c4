using System.Globalization;
using ManaMitra.LoadTests;
using ManaMitra.LoadTests.Benchmarks;
using ManaMitra.LoadTests.Cli;
using ManaMitra.LoadTests.Hosting;
using ManaMitra.LoadTests.Reference;

// Not the load tool at all: the ladder benchmark starts the reference bot as a process of its own, from this assembly.
if (args is [ReferenceBot.Argument])
{
    return await ReferenceBot.RunAsync();
}

// A benchmark of one piece or a ceiling, rather than a load run of the whole system.
if (args is ["--benchmark", var benchmark, .. var rest])
{
    var duration = TimeSpan.FromSeconds(rest is ["--duration", var text] ? double.Parse(text, CultureInfo.InvariantCulture) : 10);
    var root = RepoRoot.Find(AppContext.BaseDirectory);
    switch (benchmark)
    {
        case "documents":
            return DocumentsBenchmark.Run(duration);
        case "search":
            return SearchBenchmark.Run(root, duration);
        case "postgres-upsert":
            return await PostgresUpsertBenchmark.RunAsync(root, duration);
        case "http-ceilings":
            return await HttpCeilingBenchmark.RunAsync(root, duration);
        case "grain-calls":
            return await GrainCallBenchmark.RunAsync(duration);
    }
}

if (args is ["--benchmark", "resident-conversations", .. var residentRest])
{
    (int Count, bool Postgres) resident;
    try
    {
        resident = ResidentConversationsBenchmark.ParseOptions(residentRest);
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine($"loadtests: {e.Message}");
        return LoadRun.CouldNotRun;
    }

    return await ResidentConversationsBenchmark.RunAsync(RepoRoot.Find(AppContext.BaseDirectory), resident.Count, resident.Postgres);
}

if (args is ["--benchmark", "storage", "--connection", var connection, .. var storageRest])
{
    var seconds = storageRest is ["--duration", var text] ? double.Parse(text, CultureInfo.InvariantCulture) : 10;
    return await StorageBenchmark.RunAsync(connection, TimeSpan.FromSeconds(seconds));
}

using var interrupt = new CancellationTokenSource();
// Ctrl+C ends the load, not the process: the frontend is stopped and what was measured is still reported.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

// The ladder benchmark starts systems as a load run does, so it is parsed, interrupted and failed the same way.
LadderOptions? ladder = null;
RunOptions? options = null;
try
{
    if (args is ["--benchmark", "ladder", .. var ladderRest])
    {
        ladder = LadderOptions.Parse(ladderRest);
    }
    else
    {
        options = RunOptions.Parse(args);
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"loadtests: {e.Message}");
    Console.Error.WriteLine(RunOptions.Usage);
    return LoadRun.CouldNotRun;
}

try
{
    return ladder is not null
        ? await LadderBenchmark.RunAsync(RepoRoot.Find(AppContext.BaseDirectory), ladder, interrupt.Token)
        : await new LoadRun(options!).RunAsync(interrupt.Token);
}
catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
{
    Console.Error.WriteLine("loadtests: interrupted before the load started");
    return LoadRun.Interrupted;
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
{
    // The system could not be started or reached: say why in one line, not a stack trace.
    Console.Error.WriteLine($"loadtests: {e.Message}");
    return LoadRun.CouldNotRun;
}
