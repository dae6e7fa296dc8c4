using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>What a validator made of one answer.</summary>
public abstract record FieldResult;

/// <summary>
/// A usable answer: <see cref="Value"/> is the normalised form handed to the department (for Aadhaar a keyed hash),
/// <see cref="Display"/> is what the citizen may be shown back (for Aadhaar the masked number).
/// </summary>
public sealed record Accepted(string Value, string Display) : FieldResult;

/// <summary>An unusable answer, with the reason the citizen reads in their language.</summary>
public sealed record Rejected(LocalizedText Reason) : FieldResult;

/// <summary>Checks the answer to one kind of input.</summary>
public interface IFieldValidator
{
    FieldResult Check(ServiceInput input, InboundMessage message);
}
