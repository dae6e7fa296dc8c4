using ManaMitra.LoadTests;
using ManaMitra.LoadTests.Cli;

RunOptions options;
try
{
    options = RunOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"loadtests: {e.Message}");
    Console.Error.WriteLine(RunOptions.Usage);
    return 2;
}

using var interrupt = new CancellationTokenSource();
// Ctrl+C ends the load, not the process: the frontend is stopped and what was measured is still reported.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

try
{
    return await new LoadRun(options).RunAsync(interrupt.Token);
}
catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
{
    Console.Error.WriteLine("loadtests: interrupted before the load started");
    return LoadRun.Interrupted;
}
