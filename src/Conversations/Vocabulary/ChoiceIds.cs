using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>
/// The ids carried by list rows and buttons. Each names its destination completely, so a citizen who taps a row of
/// an old message still lands where the row said, whatever step they are on now.
/// </summary>
public static class ChoiceIds
{
    public const string Departments = "menu:departments";
    public const string Search = "menu:search";
    public const string Help = "menu:help";
    public const string MyDocuments = "menu:documents";
    public const string MyApplications = "menu:applications";
    public const string Language = "menu:language";
    public const string Back = "nav:back";
    public const string MainMenu = "nav:menu";

    /// <summary>The button that confirms erasure; it erases only from the question it was asked under.</summary>
    public const string EraseConfirmed = "erase:yes";

    /// <summary>The button under "my data" that asks for the same as a signed PDF; it issues what is held when tapped.</summary>
    public const string DataStatement = "mydata:pdf";

    /// <summary>The button that chooses a language, by its code: <c>lang:te</c>.</summary>
    public static string ForLanguage(string code) => $"lang:{code}";

    /// <summary>The language a choice id chooses, or null when the id is another kind.</summary>
    public static string? LanguageOf(string id) => id.StartsWith("lang:", StringComparison.Ordinal) ? id["lang:".Length..] : null;

    public static string DepartmentsPage(int page) => $"depts:{page}";
    public static string Department(string id, int page = 0) => page == 0 ? $"dept:{id}" : $"dept:{id}:{page}";
    public static string Service(string id) => $"svc:{id}";
    public static string Apply(string serviceId) => $"apply:{serviceId}";
    public static string Document(string documentId) => $"doc:{documentId}";

    /// <summary>The document a "my documents" row is for, or null when the id is another kind.</summary>
    public static string? DocumentOf(string id) => id.StartsWith("doc:", StringComparison.Ordinal) ? id["doc:".Length..] : null;

    /// <summary>The "I agree" button under consent notice <paramref name="version"/>, going on to the service it was asked for.</summary>
    public static string Agree(string version, string serviceId) => $"agree:{version}:{serviceId}";

    /// <summary>The notice version and service an "I agree" button is for, or null when the id is another kind.</summary>
    public static (string Version, string ServiceId)? AgreeOf(string id) => id.Split(':', 3) switch
    {
        ["agree", { Length: > 0 } version, { Length: > 0 } serviceId] => (version, serviceId),
        _ => null,
    };

    public static string Application(string reference) => $"app:{reference}";

    /// <summary>The application a "my applications" row is for, or null when the id is another kind.</summary>
    public static string? ApplicationOf(string id) => id.StartsWith("app:", StringComparison.Ordinal) ? id["app:".Length..] : null;

    /// <summary>The button under a returned application's notice: <c>fix:REV-INC-2026-000001</c>.</summary>
    public static string Correct(string reference) => $"fix:{reference}";

    /// <summary>The button under a rejection the citizen may appeal: <c>appeal:REV-INC-2026-000001</c>.</summary>
    public static string Appeal(string reference) => $"appeal:{reference}";

    /// <summary>The button under a failed or expired payment: <c>pay:ENE-PAY-2026-000001</c>.</summary>
    public static string PayAgain(string reference) => $"pay:{reference}";

    /// <summary>The payment a "try again" button reopens, or null when the id is another kind.</summary>
    public static string? PayAgainOf(string id) => id.StartsWith("pay:", StringComparison.Ordinal) ? id["pay:".Length..] : null;

    /// <summary>The button under a ticket that may be cancelled; it quotes the refund first: <c>cancel:APSRTC-BKG-2026-000001</c>.</summary>
    public static string CancelBooking(string reference) => $"cancel:{reference}";

    /// <summary>The button under a quoted refund that cancels for it: <c>cancel-yes:APSRTC-BKG-2026-000001</c>.</summary>
    public static string ConfirmCancellation(string reference) => $"cancel-yes:{reference}";

    /// <summary>The booking a cancel button is for and whether it confirms, or null when the id is another kind.</summary>
    public static (string Reference, bool Confirmed)? CancellationOf(string id) => id.Split(':', 2) switch
    {
        ["cancel", { Length: > 0 } reference] => (reference, false),
        ["cancel-yes", { Length: > 0 } reference] => (reference, true),
        _ => null,
    };

    /// <summary>A rating row under a resolved grievance: <c>rate:GRV-2026-000001:4</c>.</summary>
    public static string RateGrievance(string reference, int stars) => string.Create(CultureInfo.InvariantCulture, $"rate:{reference}:{stars}");

    /// <summary>The row that reopens a resolved grievance: <c>reopen:GRV-2026-000001</c>.</summary>
    public static string ReopenGrievance(string reference) => $"reopen:{reference}";

    /// <summary>The "Answer" button under an official's question on a grievance.</summary>
    public static string AnswerGrievance(string reference) => $"answer:{reference}";

    /// <summary>The grievance and stars a rating row is for, or null when the id is another kind or no rating from 1 to 5.</summary>
    public static (string Reference, int Stars)? RatingOf(string id) => id.Split(':') switch
    {
        ["rate", { Length: > 0 } reference, var stars] when int.TryParse(stars, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 5 => (reference, n),
        _ => null,
    };

    /// <summary>The grievance a reopen row is for, or null when the id is another kind.</summary>
    public static string? ReopenOf(string id) => id.StartsWith("reopen:", StringComparison.Ordinal) && id.Length > "reopen:".Length ? id["reopen:".Length..] : null;

    /// <summary>The reply a "send correction", "appeal" or "answer" button asks for, or null when the id is another kind.</summary>
    public static AwaitedReply? ReplyAsked(string id) => id.Split(':', 2) switch
    {
        ["fix", { Length: > 0 } reference] => new AwaitedReply(reference, CitizenReplyKind.Correction),
        ["appeal", { Length: > 0 } reference] => new AwaitedReply(reference, CitizenReplyKind.Appeal),
        ["answer", { Length: > 0 } reference] => new AwaitedReply(reference, CitizenReplyKind.GrievanceAnswer),
        _ => null,
    };

    /// <summary>The service an "apply" choice is for, or null when the id is another kind.</summary>
    public static string? Applied(string id) => id.StartsWith("apply:", StringComparison.Ordinal) ? id["apply:".Length..] : null;

    /// <summary>The step a choice id leads to, or null when the id is not one of ours.</summary>
    public static Step? Destination(string id)
    {
        var parts = id.Split(':');
        return parts switch
        {
            ["menu", "departments"] => new Step(StepKind.Departments),
            ["menu", "search"] => new Step(StepKind.SearchPrompt),
            ["menu", "help"] => new Step(StepKind.Help),
            ["menu", "documents"] => new Step(StepKind.MyDocuments),
            ["menu", "language"] => Step.ChooseLanguage,
            ["nav", "menu"] => Step.MainMenu,
            ["depts", var page] when Page(page) is { } p => new Step(StepKind.Departments, null, p),
            ["dept", var dept] => new Step(StepKind.Department, dept),
            ["dept", var dept, var page] when Page(page) is { } p => new Step(StepKind.Department, dept, p),
            ["svc", var service] => new Step(StepKind.Service, service),
            _ => null,
        };
    }

    private static int? Page(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;
}
