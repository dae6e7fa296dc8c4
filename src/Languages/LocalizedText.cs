using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace ManaMitra.Languages;

/// <summary>
/// One text in several languages, by language code ("te", "en", …): a new language is one more entry, never a new
/// field. Asked for a language it lacks, a text answers in its first language, <see cref="Fallback"/>; the loaders
/// put the catalog's fallback language first in every text they make, so a citizen whose language a department has
/// not translated yet reads that language (English), never nothing.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly KeyValuePair<string, string>[] _entries;

    /// <param name="entries">Language code and text, the fallback first; each language once.</param>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> entries)
    {
        _entries = [.. entries];
        if (_entries.Length == 0)
        {
            throw new ArgumentException("A localized text needs at least one language.", nameof(entries));
        }

        if (_entries.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count() != _entries.Length)
        {
            throw new ArgumentException("A localized text holds each language once.", nameof(entries));
        }
    }

    public static LocalizedText Of(params (string Language, string Text)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Language, e.Text)));

    /// <summary>Language code and text, the fallback first.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>The text in its first language: what a reader whose language it lacks gets.</summary>
    public string Fallback => _entries[0].Value;

    public string In(string language)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == language)
            {
                return entry.Value;
            }
        }

        return Fallback;
    }

    /// <summary>The text in one language with its <c>{0}</c>, <c>{1}</c>… filled; a localized argument in that language.</summary>
    public string Format(string language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, In(language), args.Select(a => a is LocalizedText text ? text.In(language) : a).ToArray());

    /// <summary>Fills the placeholders in every language at once; a localized argument gives each language its own form.</summary>
    public LocalizedText Fill(params object?[] args) =>
        new(_entries.Select(e => KeyValuePair.Create(e.Key, Format(e.Key, args))));

    /// <summary>This text, then <paramref name="next"/> after a blank line, in every language of this one.</summary>
    public LocalizedText ThenParagraph(LocalizedText next) =>
        new(_entries.Select(e => KeyValuePair.Create(e.Key, $"{e.Value}\n\n{next.In(e.Key)}")));

    public bool Equals(LocalizedText? other)
    {
        if (other is null || other._entries.Length != _entries.Length)
        {
            return false;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Key != other._entries[i].Key || _entries[i].Value != other._entries[i].Value)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in _entries)
        {
            hash.Add(entry.Key);
            hash.Add(entry.Value);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(LocalizedText? left, LocalizedText? right) => Equals(left, right);

    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !Equals(left, right);

    // Every language shows, so a text interpolated where one language was meant stands out in a test failure.
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (language, value) in _entries)
        {
            text.Append(text.Length == 0 ? "" : " | ").Append('[').Append(language).Append("] ").Append(value);
        }

        return text.ToString();
    }
}
