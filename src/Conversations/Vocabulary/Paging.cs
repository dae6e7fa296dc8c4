namespace ManaMitra.Conversations.Vocabulary;

/// <summary>
/// Splits a long menu into WhatsApp lists. A list holds at most 10 rows in all, so a menu of up to 10 items fits
/// on one page; a longer one shows 8 items per page and keeps two rows for "Previous" and "More".
/// </summary>
public static class Paging
{
    public const int MaxRows = 10;
    public const int ItemsPerPage = 8;

    public static int PageCount(int items) => items <= MaxRows ? 1 : (items + ItemsPerPage - 1) / ItemsPerPage;

    /// <summary>The page number clamped to what exists, so a stale "More" tap never shows an empty list.</summary>
    public static int Clamp(int page, int items) => Math.Clamp(page, 0, PageCount(items) - 1);

    public static IEnumerable<T> Slice<T>(IReadOnlyList<T> items, int page) =>
        PageCount(items.Count) == 1 ? items : items.Skip(Clamp(page, items.Count) * ItemsPerPage).Take(ItemsPerPage);

    public static bool HasPrevious(int page, int items) => Clamp(page, items) > 0;

    public static bool HasMore(int page, int items) => Clamp(page, items) < PageCount(items) - 1;
}
