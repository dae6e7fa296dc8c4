using System.Text;

namespace ManaMitra.Conversations.Search;

/// <summary>
/// How a word sounds, written the same for Telugu script and Latin letters, so "karentu" finds "కరెంటు" and
/// "pension" finds "పెన్షన్": consonants by place of articulation (aspiration, retroflexion and vowel length are
/// where spellings of the same word differ), vowels dropped but the first. Too coarse for a short word: keys under
/// three sounds are not used.
/// </summary>
public static class PhoneticKey
{
    public const int MinimumLength = 3;

    public static string? Of(string word)
    {
        var key = word.Length > 0 && word[0] is >= '\u0C00' and <= '\u0C7F' ? Telugu(word) : Latin(word);
        return key.Length >= MinimumLength ? key : null;
    }

    private static string Latin(string word)
    {
        var sounds = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (next == 'h' && c is 's' or 'c' or 't' or 'd' or 'k' or 'g' or 'b' or 'p' or 'j')
            {
                // Digraphs: "sh" is "s", "th" is "t", "ph" is "p"; "ch" (చ) stays apart from a lone "c" (క or స).
                Add(sounds, c, i == 0);
                i++;
            }
            else if (c == 't' && word.AsSpan(i).StartsWith("tion"))
            {
                Add(sounds, 's', false);
                Add(sounds, 'n', false);
                i += 3;
            }
            else
            {
                Add(sounds, c switch
                {
                    'c' => next is 'e' or 'i' or 'y' ? 's' : 'k',
                    'q' => 'k',
                    'f' => 'p',
                    'w' => 'v',
                    'z' => 'j',
                    'x' => 's',
                    _ => c,
                }, i == 0);
            }
        }

        return sounds.ToString();
    }

    private static string Telugu(string word)
    {
        var sounds = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var sound = c switch
            {
                'అ' or 'ఆ' => 'a',
                'ఇ' or 'ఈ' => 'i',
                'ఉ' or 'ఊ' => 'u',
                'ఎ' or 'ఏ' or 'ఐ' => 'e',
                'ఒ' or 'ఓ' or 'ఔ' => 'o',
                'ఋ' or 'ృ' or 'ర' or 'ఱ' => 'r',
                'క' or 'ఖ' => 'k',
                'గ' or 'ఘ' => 'g',
                'చ' or 'ఛ' => 'c',
                'జ' or 'ఝ' => 'j',
                'ట' or 'ఠ' or 'త' or 'థ' => 't',
                'డ' or 'ఢ' or 'ద' or 'ధ' => 'd',
                'ఙ' or 'ఞ' or 'ణ' or 'న' => 'n',
                'ప' or 'ఫ' => 'p',
                'బ' or 'భ' => 'b',
                'మ' => 'm',
                'య' => 'y',
                'ల' or 'ళ' => 'l',
                'వ' => 'v',
                'శ' or 'ష' or 'స' => 's',
                'హ' => 'h',
                // The anusvara is the nasal of the consonant after it, and "m" at the end of a word ("పత్రం", patram).
                'ం' => i == word.Length - 1 ? 'm' : 'n',
                _ => '\0',
            };
            if (sound != '\0')
            {
                Add(sounds, sound, i == 0);
            }
        }

        return sounds.ToString();
    }

    // A vowel counts only at the start; a doubled consonant ("kotta", "కొత్త") is one sound.
    private static void Add(StringBuilder sounds, char sound, bool first)
    {
        if (sound is 'a' or 'e' or 'i' or 'o' or 'u' && !first)
        {
            return;
        }

        if (sounds.Length == 0 || sounds[^1] != sound)
        {
            sounds.Append(sound);
        }
    }
}
