using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Outcomes;

public static class OutcomeFields
{
    /// <summary>A labelled value; the value is one string for every reader (see <see cref="Texts.OneLine"/>).</summary>
    public static OutcomeField Field(this LocalizedText label, string value) => new(label, value);
}
