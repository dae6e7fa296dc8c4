using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Reads a form's answers out of the sentence that asked for its service — "bus ticket from vijayawada to tirupati on
/// friday", "pay current bill 112233445566" — so the form asks only what is missing. Every value found is checked by
/// the input's own validator exactly as if the citizen had typed it at its question, so a pre-filled answer is
/// normalised, masked and bounded the same way; a value that fails, or one the sentence gives twice, is left to ask.
/// </summary>
/// <param name="stopWords">Filler never taken for a value ("from our village" names no place).</param>
public sealed class FormPrefill(FieldValidators validators, IReadOnlySet<string> stopWords)
{
    // Longest run of words tried as one date ("12 dec 2026") or one choice's label ("kanaka durga vijayawada").
    private const int LongestSpan = 4;

    // A reference number has at least this many digits: fewer are counts and days (and four alone may be a year).
    private const int ReferenceDigits = 4;

    /// <summary>The answers the sentence gives, by input id; empty when it gives none.</summary>
    public Dictionary<string, FormAnswer> From(Service service, InboundMessage message)
    {
        var answers = new Dictionary<string, FormAnswer>(StringComparer.Ordinal);
        if (Typed.Text(message) is not { } text)
        {
            return answers;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '!', '?', ';', ':', '\u0964')).ToArray();
        var used = new bool[words.Length];
        // The kinds that recognise themselves first, then the words beside a cue, the bare reference number last: a
        // date or an Aadhaar number is never taken for a bill's number.
        foreach (var input in service.Inputs.OrderBy(Order))
        {
            if (Find(service, input, words, used, message) is { } found)
            {
                answers[input.Id] = new FormAnswer(found.Accepted.Value, found.Accepted.Display);
                foreach (var index in found.Words)
                {
                    used[index] = true;
                }
            }
        }

        return answers;
    }

    private static int Order(ServiceInput input) =>
        input.Slots.Count == 0 ? 0 : input.Slots.Any(s => s.IsNumber) ? 2 : 1;

    private (Accepted Accepted, int[] Words)? Find(Service service, ServiceInput input, string[] words, bool[] used, InboundMessage message)
    {
        if (input.Slots.Count > 0)
        {
            return input.Slots.Select(pattern => ByPattern(service, input, pattern, words, used, message)).FirstOrDefault(f => f is not null);
        }

        return input.Kind switch
        {
            InputKind.Aadhaar or InputKind.Mobile => InWholeText(service, input, words, used, message),
            InputKind.HallTicket or InputKind.PinCode => Single(service, input, Spans(words, used, 1).Where(s => Digits(words[s[0]]).Length > 0), words, message),
            InputKind.Date => Single(service, input, Spans(words, used, 3), words, message),
            // A number alone picks a choice by its place in a list the citizen has not seen: only labels count here.
            InputKind.Choice => Single(service, input, Spans(words, used, LongestSpan).Where(s => s.Any(i => Digits(words[i]).Length < words[i].Length)), words, message),
            _ => null,
        };
    }

    private (Accepted, int[])? ByPattern(Service service, ServiceInput input, SlotPattern pattern, string[] words, bool[] used, InboundMessage message)
    {
        var candidates = new List<(string Text, int[] Words)>();
        for (var i = 0; i < words.Length; i++)
        {
            var cueHere = !used[i] && Typed.Key(words[i]) == pattern.Cue;
            switch (pattern.Place)
            {
                case SlotPlace.AfterCue when cueHere && i + 1 < words.Length && !used[i + 1]:
                    candidates.Add((words[i + 1], [i, i + 1]));
                    break;
                case SlotPlace.BeforeCue when cueHere && i > 0 && !used[i - 1]:
                    candidates.Add((words[i - 1], [i - 1, i]));
                    break;
                case SlotPlace.BeforeEnding when !used[i] && words[i].Length > pattern.Cue.Length + 1
                    && words[i].EndsWith(pattern.Cue, StringComparison.OrdinalIgnoreCase):
                    candidates.Add((words[i][..^pattern.Cue.Length], [i]));
                    break;
                case SlotPlace.Number when !used[i] && Digits(words[i]).Length >= ReferenceDigits && !IsYear(words[i]):
                    candidates.Add((words[i], [i]));
                    break;
            }
        }

        candidates.RemoveAll(c => stopWords.Contains(c.Text.ToLowerInvariant()));
        // Two numbers, or "from" twice: which was meant is a guess, so the form asks.
        return candidates.Count == 1 && Check(service, input, candidates[0].Text, message) is { } accepted ? (accepted, candidates[0].Words) : null;
    }

    /// <summary>Aadhaar and mobile numbers are found by their validators in a whole sentence, as at their questions.</summary>
    private (Accepted, int[])? InWholeText(Service service, ServiceInput input, string[] words, bool[] used, InboundMessage message)
    {
        var free = Enumerable.Range(0, words.Length).Where(i => !used[i]).ToArray();
        if (Check(service, input, string.Join(' ', free.Select(i => words[i])), message) is not { } accepted)
        {
            return null;
        }

        // The words that spelt the number: its digits, in its groups of four or five.
        var number = Digits(string.Join(' ', free.Select(i => words[i])));
        return (accepted, [.. free.Where(i => Digits(words[i]) is { Length: > 0 } d && number.Contains(d, StringComparison.Ordinal))]);
    }

    /// <summary>The one value the spans give (a longer span wins over its own words); null when none or two differ.</summary>
    private (Accepted, int[])? Single(Service service, ServiceInput input, IEnumerable<int[]> spans, string[] words, InboundMessage message)
    {
        (Accepted Accepted, int[] Words)? found = null;
        foreach (var span in spans)
        {
            if (Check(service, input, string.Join(' ', span.Select(i => words[i])), message) is not { } accepted)
            {
                continue;
            }

            if (found is { } earlier && earlier.Accepted.Value != accepted.Value && !earlier.Words.Intersect(span).Any())
            {
                return null;
            }

            found ??= (accepted, span);
        }

        return found;
    }

    // Runs of free words, longest first, so "12 dec 2026" is tried before "12".
    private static IEnumerable<int[]> Spans(string[] words, bool[] used, int longest)
    {
        for (var length = longest; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (!used.AsSpan(start, length).Contains(true))
                {
                    yield return Enumerable.Range(start, length).ToArray();
                }
            }
        }
    }

    private Accepted? Check(Service service, ServiceInput input, string text, InboundMessage message) =>
        validators.Check(service, input, message with { Kind = InboundKind.Text, Text = text, ReplyId = null }) as Accepted;

    private static string Digits(string word) => string.Concat(word.Where(char.IsDigit));

    // "a plot I bought in 2019": four digits alone that read as a recent year are a when, not a reference.
    private static bool IsYear(string word) =>
        word.Length == ReferenceDigits && int.TryParse(word, out var year) && year is >= 1900 and <= 2100;
}
