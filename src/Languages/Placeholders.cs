namespace ManaMitra.Languages;

/// <summary>
/// The <c>{0}</c>, <c>{1}</c>… of a text, as <see cref="string.Format(IFormatProvider, string, object[])"/> reads
/// them. A translation that drops or adds one would print a wrong value or fail when it is sent, so every language
/// must use the same ones.
/// </summary>
internal static class Placeholders
{
    /// <returns>The placeholder numbers, sorted and each once; or null with <paramref name="defect"/> when the braces do not parse.</returns>
    public static SortedSet<int>? Of(string text, out string? defect)
    {
        var found = new SortedSet<int>();
        defect = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    i++;
                    continue;
                }

                defect = $"a lone '}}' at position {i + 1} (write '}}}}' for a brace)";
                return null;
            }

            if (text[i] != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            var end = text.IndexOf('}', i);
            var number = end < 0 ? "" : text[(i + 1)..end].Split(',', ':')[0];
            if (number.Length == 0 || !number.All(char.IsAsciiDigit) || number.Length > 2)
            {
                defect = $"a '{{' at position {i + 1} that starts no placeholder like {{0}} (write '{{{{' for a brace)";
                return null;
            }

            found.Add(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
            i = end;
        }

        return found;
    }

    public static string Describe(SortedSet<int> numbers) =>
        numbers.Count == 0 ? "none" : string.Join(", ", numbers.Select(n => $"{{{n}}}"));
}
