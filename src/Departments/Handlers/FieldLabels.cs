using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// The label a document prints beside an answer: the input's noun label from the catalog ("Darshan"), never its
/// question ("Which darshan?"). The catalog refuses a service that prints an answer without one.
/// </summary>
public static class FieldLabels
{
    public static LocalizedText For(ServiceInput input) => input.Label
        ?? throw new InvalidOperationException($"Input {input.Id} has no label, yet its answer is printed; the catalog loader requires one");

    /// <inheritdoc cref="PrintedAnswers.OfKind"/>
    public static bool Printed(ServiceInput input) => PrintedAnswers.OfKind(input.Kind);
}
