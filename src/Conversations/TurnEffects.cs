using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Conversations;

/// <summary>
/// Something a turn calls for beyond its replies that needs I/O (a grain call, a document), so the conversation only
/// names it and the citizen's grain carries it out: one handler per kind of effect, each in a file of its own.
/// </summary>
public abstract record TurnEffect;

/// <summary>Run a department service: the citizen submitted its form, or asked for one that needs no answers.</summary>
/// <param name="DepartmentId">The department whose service grain runs <paramref name="Request"/>.</param>
public sealed record RunService(string DepartmentId, ServiceRequest Request) : TurnEffect;

/// <summary>Send one of the citizen's own documents again, chosen from "my documents".</summary>
public sealed record ResendDocument(string DocumentId) : TurnEffect;
