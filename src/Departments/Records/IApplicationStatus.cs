using ManaMitra.Languages;

namespace ManaMitra.Departments.Records;

/// <summary>Where an application, booking or grievance stands in a department's own workflow.</summary>
public interface IApplicationStatus
{
    /// <returns>Null when the department has no such reference.</returns>
    Task<ApplicationStage?> Find(string departmentId, string serviceId, string reference);
}

public sealed record ApplicationStage(LocalizedText Stage, DateOnly UpdatedOn, bool Closed);
