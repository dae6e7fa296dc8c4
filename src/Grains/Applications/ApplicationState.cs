using ManaMitra.Interfaces.Applications;

namespace ManaMitra.Grains.Applications;

[GenerateSerializer]
public sealed class ApplicationState
{
    [Id(0)] public ApplicationSubmission? Submission { get; set; }

    [Id(1)] public ApplicationStage Stage { get; set; }

    [Id(2)] public List<ApplicationEvent> History { get; set; } = [];

    [Id(3)] public string? DocumentId { get; set; }

    [Id(4)] public DateTimeOffset? AppealDueBy { get; set; }
}
