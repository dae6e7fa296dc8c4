using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ManaMitra.Departments.Sandbox;

/// <summary>
/// The sandbox's records are pure functions of their key: the same number always finds the same person, on every
/// silo and every run, with nothing stored.
/// </summary>
public static class SandboxSeed
{
    /// <summary>A generator seeded by the key, for drawing a record's values in a fixed order.</summary>
    public static Random For(params string[] key) =>
        new(BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', key)))));

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True when the last digit is the Luhn check digit of the others: how the sandbox tells a real number from a typo.</summary>
    public static bool HasCheckDigit(string number) =>
        number.Length >= 2 && number.All(char.IsAsciiDigit) && CheckDigit(number[..^1]) == number[^1];

    /// <summary>The number with its Luhn check digit appended.</summary>
    public static string WithCheckDigit(string body) => body + CheckDigit(body);

    private static char CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>Spaces and dashes citizens type inside numbers are not part of them.</summary>
    public static string Compact(string number) => string.Concat(number.Where(c => c is not (' ' or '-')));
}
