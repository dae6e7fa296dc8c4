using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ManaMitra.Catalog;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.LoadTests.Measurement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// Documents per second on this machine: the whole of issuing one — sign the claims, encode the QR, lay out and write
/// the bilingual PDF with subset fonts — as the frontend does for a download, on every core.
/// <c>dotnet run -c Release --project loadtests -- --benchmark documents --duration 10</c>
/// </summary>
public static class DocumentsBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static int Run(TimeSpan duration)
    {
        using var services = Services();
        var printer = services.GetRequiredService<DocumentPrinter>();
        var documents = Enumerable.Range(1, 64).Select(Certificate).ToArray();
        // A silo prints for hours: warm up until tiered compilation has done its work (with 100 documents, it still
        // took about 8 % of a 10-second run's samples), so the figures are the steady state a silo pays.
        Measure(printer, documents, Environment.ProcessorCount, WarmUp);

        var url = printer.Print(documents[0], "https://mitra.example.gov.in").VerificationUrl;
        var modules = QrCode.Encode(url).Size - 8;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"verification URL {url.Length} characters: QR version {(modules - 17) / 4}, {modules} × {modules} modules"));
        foreach (var workers in new[] { 1, Environment.ProcessorCount })
        {
            var (count, bytes, elapsed, cpu) = Measure(printer, documents, workers, duration);
            // CPU time per document beside the wall clock: on a machine shared with other builds the rate says how
            // busy the machine was as much as how costly a document is, the CPU time mostly the latter.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"documents, {workers} worker(s): {count / elapsed.TotalSeconds:0.0}/s over {elapsed.TotalSeconds:0.0} s, {elapsed.TotalMilliseconds * workers / count:0.00} ms each, {cpu.TotalMilliseconds / count:0.00} ms CPU each, {bytes / count / 1024.0:0.0} KB average, load average {LoadAverage.Now()}"));
        }

        return 0;
    }

    private static (long Count, long Bytes, TimeSpan Elapsed, TimeSpan Cpu) Measure(DocumentPrinter printer, IssuedDocument[] documents, int workers, TimeSpan duration)
    {
        long count = 0, bytes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        // Every worker on a thread-pool thread, where a silo renders. The main thread is not one of them: glibc trims
        // the main thread's heap after zlib frees its buffers, a page-fault cost that pool threads do not pay.
        Task.WaitAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() =>
        {
            for (var i = worker; clock.Elapsed < duration; i += workers)
            {
                var printed = printer.Print(documents[i % documents.Length], "https://mitra.example.gov.in");
                Interlocked.Increment(ref count);
                Interlocked.Add(ref bytes, printed.Pdf.Length);
            }
        })));
        var elapsed = clock.Elapsed;
        return (count, bytes, elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ManaMitra:Documents:Keys:0:Kid"] = "benchmark",
            ["ManaMitra:Documents:Keys:0:Pem"] = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem(),
            ["ManaMitra:Documents:LinkKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory })
            .AddSingleton(CatalogLoader.Load(CatalogLoader.DefaultDirectory))
            .AddManaMitraDocuments(configuration)
            .BuildServiceProvider();
    }

    // Different holders, numbers and amounts, so the benchmark pays for varied QR codes and glyph sets.
    private static IssuedDocument Certificate(int n) => new()
    {
        Id = $"REV-INC-2026-{n:D6}",
        Kind = "certificate",
        Title = Text("Income Certificate", "ఆదాయ ధృవీకరణ పత్రం"),
        HolderName = $"Citizen Number {n}",
        DepartmentId = "revenue",
        ServiceId = "income-certificate",
        IssuedAt = DateTimeOffset.UtcNow,
        Fields =
        [
            new(Text("Aadhaar", "ఆధార్"), $"XXXX XXXX {1000 + n}"),
            new(Text("Annual family income", "కుటుంబ వార్షిక ఆదాయం"), $"₹ {n * 1500:N0}"),
            new(Text("Purpose", "ప్రయోజనం"), "Education / విద్య"),
            new(Text("Village", "గ్రామం"), "క్షేత్రపాలెం"),
        ],
    };

    private static LocalizedText Text(string en, string te) => LocalizedText.Of(("en", en), ("te", te));
}
