using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>What the citizen reads when a rating, a reopening or an answer was refused; null when it was done.</summary>
public static class GrievanceAnswers
{
    // Another citizen's grievance reads as one that does not exist, so numbers cannot be tried one by one.
    public static LocalizedText? For(GrievanceActResult result, string reference, DepartmentText text) => result switch
    {
        GrievanceActResult.Done => null,
        GrievanceActResult.StillOpen => text.GrievanceStillOpen.Fill(reference),
        GrievanceActResult.TooLate => text.GrievanceReopenTooLate.Fill(reference),
        GrievanceActResult.NotAsked => text.GrievanceNotAsked.Fill(reference),
        _ => text.ReferenceNotFound.Fill(reference),
    };
}
