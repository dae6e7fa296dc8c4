using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Takes the photos a form collected into their evidence grains before anything is recorded. The first one refused
/// (gone from WhatsApp, too large, not a photo, not fetchable now) sends the citizen back to that question with the
/// reason, every other answer kept: a grievance is never lodged with a photo that nobody can open.
/// </summary>
public sealed class EvidenceCollector(IGrainFactory grains)
{
    /// <summary>What WhatsApp sends as an image message.</summary>
    public static readonly IReadOnlyList<string> PhotoTypes = ["image/jpeg", "image/png"];

    /// <returns>The evidence kept, or the outcome that asks for a photo again.</returns>
    public async Task<(IReadOnlyList<GrievanceEvidence> Kept, ServiceOutcome? Refused)> Collect(ServiceContext context)
    {
        var kept = new List<GrievanceEvidence>();
        foreach (var (input, value) in context.Answers.All.Where(a => a.Input.Kind == InputKind.Photo))
        {
            var photo = PhotoAnswer.Parse(value);
            var receipt = await grains.GetGrain<IEvidenceGrain>(photo.MediaId).Collect(PhotoTypes);
            if (receipt.Status != EvidenceStatus.Kept)
            {
                return ([], ServiceContext.NotFound(Reason(context.Text, receipt), input));
            }

            kept.Add(new GrievanceEvidence(photo.MediaId, receipt.MediaType, receipt.Bytes, photo.Caption));
        }

        return (kept, null);
    }

    private static LocalizedText Reason(DepartmentText text, EvidenceReceipt receipt) => receipt.Status switch
    {
        EvidenceStatus.Missing => text.EvidenceMissing,
        EvidenceStatus.TooLarge => text.EvidenceTooLarge.Fill(Megabytes(receipt.Bytes), Megabytes(receipt.MaxBytes)),
        EvidenceStatus.WrongType => text.EvidenceWrongType.Fill(receipt.MediaType),
        _ => text.EvidenceUnavailable,
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
