using System.Globalization;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// The ids of the buttons and rows a form shows. All start with <c>form:</c>, so the conversation can tell a tap
/// meant for the form from a tap on a menu, and the ones tied to a question carry its input id, so a tap on an
/// old question's button is recognised as stale instead of answering the current one.
/// </summary>
public static class FormIds
{
    public const string Prefix = "form:";
    public const string Confirm = "form:confirm";
    public const string Edit = "form:edit";
    public const string Cancel = "form:cancel";

    public static string Pick(string inputId, string choiceId) => $"form:pick:{inputId}:{choiceId}";
    public static string Page(string inputId, int page) => $"form:page:{inputId}:{page}";
    public static string Keep(string inputId) => $"form:keep:{inputId}";
    public static string Retry(string inputId) => $"form:retry:{inputId}";
    public static string Change(string inputId) => $"form:change:{inputId}";
    public static string EditPage(int page) => $"form:edits:{page}";

    public static bool Owns(string replyId) => replyId.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>What a form id asks for, or null when it is not a well-formed form id.</summary>
    public static FormTap? Parse(string replyId) => replyId.Split(':') switch
    {
        ["form", "confirm"] => new FormTap(FormTapKind.Confirm),
        ["form", "edit"] => new FormTap(FormTapKind.Edit),
        ["form", "cancel"] => new FormTap(FormTapKind.Cancel),
        ["form", "pick", var input, var choice] => new FormTap(FormTapKind.Pick, input, choice),
        ["form", "page", var input, var page] when Number(page) is { } p => new FormTap(FormTapKind.Page, input, Page: p),
        ["form", "keep", var input] => new FormTap(FormTapKind.Keep, input),
        ["form", "retry", var input] => new FormTap(FormTapKind.Retry, input),
        ["form", "change", var input] => new FormTap(FormTapKind.Change, input),
        ["form", "edits", var page] when Number(page) is { } p => new FormTap(FormTapKind.EditPage, Page: p),
        _ => null,
    };

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

public sealed record FormTap(FormTapKind Kind, string? InputId = null, string? ChoiceId = null, int Page = 0);

public enum FormTapKind
{
    Confirm,
    Edit,
    Cancel,
    Pick,
    Page,
    Keep,
    Retry,
    Change,
    EditPage,
}
