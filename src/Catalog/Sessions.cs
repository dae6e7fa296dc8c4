using System.Globalization;

namespace ManaMitra.Catalog;

/// <summary>
/// The session of a booking a citizen chooses ("Morning"), which names the hour the ticket prints. The hour is the
/// option's <c>startsAt</c> in the catalog, so "Morning" cannot print an afternoon time a department system or the
/// sandbox made up.
/// </summary>
public static class Sessions
{
    /// <summary>A booking's question whose options are sessions: each must say when it starts.</summary>
    public const string InputId = "slot";

    public const string TimeFormat = "HH:mm";

    /// <summary>When the chosen option of a session question starts, if the service has one and it was answered.</summary>
    public static TimeOnly? StartOf(Service service, Func<ServiceInput, string?> answerOf) => service.Inputs
        .Where(i => i.Kind == InputKind.Choice)
        .Select(i => answerOf(i) is { } chosen ? i.Choices.FirstOrDefault(c => c.Id == chosen)?.StartsAt : null)
        .FirstOrDefault(t => t is not null);

    internal static bool TryParse(string value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>What is wrong with a booking's session question; none for another question.</summary>
    internal static IEnumerable<string> Defects(ServiceInput input) =>
        input.Id == InputId && input.Kind == InputKind.Choice
            ? input.Choices.Where(c => c.StartsAt is null).Select(c => $"choice \"{c.Id}\" has no startsAt: a session prints the hour it starts (\"06:00\")")
            : [];
}
