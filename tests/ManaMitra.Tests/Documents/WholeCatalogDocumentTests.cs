using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Grains.Applications;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace ManaMitra.Tests.Documents;

/// <summary>
/// Every document the shipped catalog can issue — certificates as an official approves them, record extracts,
/// tickets, receipts — printed from the sample answers and read back as a citizen and a verifier would.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed partial class WholeCatalogDocumentTests(ChatCluster cluster, DocumentFixture fixture) : IClassFixture<DocumentFixture>
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [GeneratedRegex(@"₹[\d,.]+")]
    private static partial Regex Amount();

    // The last three digits, then pairs; paise only when there are some.
    [GeneratedRegex(@"^₹(?:\d{1,2}(?:,\d{2})*,\d{3}|\d{1,3})(?:\.(?!00)\d{2})?$")]
    private static partial Regex IndianAmount();

    [Fact]
    public async Task No_printed_label_is_a_question_in_any_language()
    {
        var documents = await Documents();

        var questions = documents
            .SelectMany(d => d.Fields.SelectMany(f => f.Label.Entries).Select(e => $"{d.ServiceId}: {e.Key} \"{e.Value}\""))
            .Where(label => label.TrimEnd('"').EndsWith('?'))
            .Distinct()
            .ToList();
        Assert.Empty(questions);
    }

    [Fact]
    public async Task No_document_prints_a_label_twice_nor_its_holder_or_issue_date_as_a_field()
    {
        var words = Catalog.Texts.Documents;
        var twice = new List<string>();
        foreach (var document in await Documents())
        {
            foreach (var language in Catalog.Texts.DocumentLanguages)
            {
                // The renderer prints the number, the date of issue and the holder's name above the fields.
                var labels = new[] { words.DocumentNumber, words.DateOfIssue, words.Name }.Concat(document.Fields.Select(f => f.Label)).Select(l => l.In(language));
                twice.AddRange(labels.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => $"{document.ServiceId}: {language} \"{g.Key}\""));
            }
        }

        Assert.Empty(twice.Distinct());
    }

    [Fact]
    public async Task Every_amount_reads_in_Indian_grouping()
    {
        var amounts = (await Documents()).SelectMany(d => d.Fields.SelectMany(f => Amount().Matches(f.Value)).Select(m => (d.ServiceId, Amount: m.Value))).ToList();

        Assert.NotEmpty(amounts);
        Assert.All(amounts, a => Assert.True(IndianAmount().IsMatch(a.Amount), $"{a.ServiceId}: {a.Amount}"));
    }

    [Fact]
    public async Task Every_document_fits_one_A4_page()
    {
        var pages = new List<string>();
        foreach (var document in await Documents())
        {
            using var pdf = PdfDocument.Open(fixture.Printer.Print(document, DocumentFixture.PublicBaseUrl).Pdf);
            if (pdf.NumberOfPages != 1)
            {
                pages.Add($"{document.ServiceId}: {pdf.NumberOfPages} pages");
            }
        }

        Assert.Empty(pages);
    }

    /// <summary>
    /// A photocopy scanned at 72 dpi, the least an office scanner offers: for each kind of document, the one whose
    /// QR code holds the most (the densest code), rasterised by poppler as a scanner's PDF viewer would.
    /// </summary>
    [Fact]
    public async Task Every_kind_of_documents_QR_code_reads_from_a_72_dpi_scan()
    {
        var densest = (await Documents())
            .Select(d => fixture.Printer.Print(d, DocumentFixture.PublicBaseUrl) is var printed ? (d.Kind, printed) : default)
            .GroupBy(p => p.Kind)
            .Select(g => g.MaxBy(p => p.printed.VerificationUrl.Length))
            .ToList();

        Assert.True(densest.Count >= 6, $"only {densest.Count} kinds of document");
        Assert.All(densest, p =>
        {
            using var scan = PrintedDocuments.Rasterize(p.printed.Pdf, dpi: 72);
            Assert.True(PrintedDocuments.ReadQr(scan) == p.printed.VerificationUrl, $"{p.Kind}: {p.printed.FileName} did not read at 72 dpi");
        });
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static IReadOnlyList<IssuedDocument>? _documents;

    /// <summary>Runs every document-issuing service once per test run and keeps what they print.</summary>
    private async Task<IReadOnlyList<IssuedDocument>> Documents()
    {
        await Once.WaitAsync();
        try
        {
            return _documents ??= await IssueAll();
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<IReadOnlyList<IssuedDocument>> IssueAll()
    {
        var documents = new List<IssuedDocument>();
        var citizen = 0;
        foreach (var department in Catalog.Departments)
        {
            foreach (var service in department.Services.Where(s => s.Handler is HandlerKind.IssueCertificate or HandlerKind.FetchDocument or HandlerKind.BookSlot or HandlerKind.PayBill))
            {
                var request = SampleAnswers.Request(service, $"9197{++citizen:D8}");
                var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(request);
                var document = service.Handler switch
                {
                    HandlerKind.IssueCertificate => await Approved(outcome.Reference!),
                    // A paid booking's ticket, like a receipt, is issued when its payment is captured.
                    HandlerKind.PayBill or HandlerKind.BookSlot when outcome.Status == OutcomeStatus.AwaitingPayment =>
                        (await GatewayReports.Capture(cluster.Grains, outcome.Reference!))?.Document,
                    _ => outcome.Document,
                };
                documents.Add(document ?? throw new InvalidOperationException($"{service.Id} issued nothing: {outcome.Status} {outcome.Message.En}"));
            }
        }

        return documents;
    }

    /// <summary>The certificate an official's approval prints: the applicant's name and the answers as submitted.</summary>
    private async Task<IssuedDocument> Approved(string reference)
    {
        var application = (await cluster.Grains.GetGrain<IApplicationGrain>(reference).View())!;
        return new IssuedDocument
        {
            Id = reference,
            Kind = ApplicationGrain.DocumentKind,
            Title = Catalog.FindService(application.Submission.ServiceId)!.Value.Service.Name,
            HolderName = application.Submission.ApplicantName,
            DepartmentId = application.Submission.DepartmentId,
            ServiceId = application.Submission.ServiceId,
            IssuedAt = application.Submission.SubmittedAt,
            Fields = application.Submission.Answers,
        };
    }
}
