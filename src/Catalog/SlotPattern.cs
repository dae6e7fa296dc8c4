namespace ManaMitra.Catalog;

/// <summary>
/// Where an input's value sits in a sentence that names its service (<c>slots</c> of an input): <c>"from _"</c> is
/// the word after "from", <c>"_ nundi"</c> the word before "nundi", <c>"_కి"</c> a word ending in "కి" without the
/// ending, and <c>"#"</c> the one reference-like number in the sentence (four or more digits: a bill's service
/// number, an application number). Inputs of the kinds that recognise themselves — Aadhaar, mobile, date, hall
/// ticket, PIN code, a choice's label — need none.
/// </summary>
/// <param name="Cue">The word beside the value, or the ending on it; empty for <see cref="IsNumber"/>.</param>
public sealed record SlotPattern(string Cue, SlotPlace Place)
{
    public const char Value = '_';
    public const string Number = "#";

    public bool IsNumber => Place == SlotPlace.Number;

    /// <returns>The pattern, or null when it is not one of the shapes above (the defect says why).</returns>
    public static SlotPattern? Parse(string text, out string? defect)
    {
        defect = null;
        var pattern = text.Trim().ToLowerInvariant();
        if (pattern == Number)
        {
            return new SlotPattern("", SlotPlace.Number);
        }

        var at = pattern.IndexOf(Value, StringComparison.Ordinal);
        var cue = pattern.Replace(Value.ToString(), "", StringComparison.Ordinal).Trim();
        if (at < 0 || pattern.LastIndexOf(Value) != at || cue.Length == 0 || cue.Contains(' ', StringComparison.Ordinal))
        {
            defect = $"\"{text}\" is not \"#\" or one word with one \"_\" beside it (\"from _\", \"_ nundi\", \"_కి\")";
            return null;
        }

        return at == 0
            ? new SlotPattern(cue, pattern.Length > 1 && pattern[1] == ' ' ? SlotPlace.BeforeCue : SlotPlace.BeforeEnding)
            : new SlotPattern(cue, SlotPlace.AfterCue);
    }
}

public enum SlotPlace
{
    /// <summary>"from _": the word after the cue.</summary>
    AfterCue,

    /// <summary>"_ nundi": the word before the cue.</summary>
    BeforeCue,

    /// <summary>"_కి": a word ending in the cue, without it.</summary>
    BeforeEnding,

    /// <summary>"#": the one reference-like number.</summary>
    Number,
}
