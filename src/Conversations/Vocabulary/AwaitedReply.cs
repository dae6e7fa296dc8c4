using ManaMitra.Interfaces.Applications;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>
/// What the citizen was just asked to type for one of their applications (a correction, an appeal's reason): their
/// next text message is that reply, unless they choose something else first.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AwaitedReply([property: Id(0)] string Reference, [property: Id(1)] CitizenReplyKind Kind);
