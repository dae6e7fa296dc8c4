using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>Every reference with a digit in it is on file, at a stage fixed by the reference.</summary>
public sealed class SandboxApplicationStatus(TimeProvider time) : IApplicationStatus
{
    public Task<ApplicationStage?> Find(string departmentId, string serviceId, string reference)
    {
        var compact = reference.Trim().ToUpperInvariant();
        if (!compact.Any(char.IsAsciiDigit))
        {
            return Task.FromResult<ApplicationStage?>(null);
        }

        var random = SandboxSeed.For("status", departmentId, compact);
        var stage = random.Pick(SandboxRecords.Shipped.ApplicationStages);
        var updated = Dates.Today(time.GetUtcNow()).AddDays(-random.Next(10));
        return Task.FromResult<ApplicationStage?>(new ApplicationStage(stage.Name, updated, stage.Closed));
    }
}
