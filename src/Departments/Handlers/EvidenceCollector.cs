using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Takes the files a form collected (photos, voice notes, documents) into their evidence grains before anything is
/// recorded. The first one refused (gone from WhatsApp, too large, of a type the question does not take, not
/// fetchable now) sends the citizen back to that question with the reason, every other answer kept: a grievance is
/// never lodged with a file that nobody can open.
/// </summary>
public sealed class EvidenceCollector(IGrainFactory grains)
{
    /// <summary>What WhatsApp sends as an image message, which a photo question takes.</summary>
    public static readonly IReadOnlyList<string> PhotoTypes = ["image/jpeg", "image/png"];

    /// <summary>
    /// What an evidence question takes: a photo, a voice note or recorded audio (WhatsApp's audio types; a voice note
    /// is Opus in Ogg) and a PDF. Video is left out: at WhatsApp's sizes it would crowd out everything else kept.
    /// </summary>
    public static readonly IReadOnlyList<string> EvidenceTypes =
        [.. PhotoTypes, "audio/ogg", "audio/mpeg", "audio/mp4", "audio/aac", "audio/amr", "application/pdf"];

    /// <returns>The evidence kept, or the outcome that asks for a file again.</returns>
    public async Task<(IReadOnlyList<GrievanceEvidence> Kept, ServiceOutcome? Refused)> Collect(ServiceContext context)
    {
        var kept = new List<GrievanceEvidence>();
        foreach (var (input, value) in context.Answers.All.Where(a => IsFile(a.Input.Kind)))
        {
            var file = MediaAnswer.Parse(value);
            var receipt = await grains.GetGrain<IEvidenceGrain>(file.MediaId).Collect(input.Kind == InputKind.Photo ? PhotoTypes : EvidenceTypes);
            if (receipt.Status != EvidenceStatus.Kept)
            {
                return ([], ServiceContext.NotFound(Reason(context.Text, receipt, input.Kind), input));
            }

            kept.Add(new GrievanceEvidence(file.MediaId, receipt.MediaType, receipt.Bytes, file.Caption));
        }

        return (kept, null);
    }

    public static bool IsFile(InputKind kind) => kind is InputKind.Photo or InputKind.Evidence;

    private static LocalizedText Reason(DepartmentText text, EvidenceReceipt receipt, InputKind kind) => receipt.Status switch
    {
        EvidenceStatus.Missing => text.EvidenceMissing,
        EvidenceStatus.TooLarge => text.EvidenceTooLarge.Fill(Megabytes(receipt.Bytes), Megabytes(receipt.MaxBytes)),
        EvidenceStatus.WrongType => (kind == InputKind.Photo ? text.EvidenceWrongType : text.EvidenceWrongTypeAny).Fill(receipt.MediaType),
        _ => text.EvidenceUnavailable,
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
