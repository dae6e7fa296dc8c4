namespace ManaMitra.Conversations;

/// <summary>
/// One consent given or withdrawn: which version of the notice, read in which language, when the citizen acted (by
/// Meta's timestamp of their tap or message). Kept as a history, not a flag, because the record must show what the
/// citizen agreed to at the time, also after they withdrew or a new notice asked again.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ConsentEvent(
    [property: Id(0)] ConsentAction Action,
    [property: Id(1)] string Version,
    [property: Id(2)] string Language,
    [property: Id(3)] DateTimeOffset At);

public enum ConsentAction
{
    Given,
    Withdrawn,
}
