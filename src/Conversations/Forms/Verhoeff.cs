namespace ManaMitra.Conversations.Forms;

/// <summary>
/// The Verhoeff check digit UIDAI puts last in every Aadhaar number. Unlike a mod-10 sum it catches every single
/// wrong digit and every swap of two neighbouring digits: the two slips people make when they copy a number.
/// </summary>
public static class Verhoeff
{
    private static readonly byte[,] Multiply =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
        { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
        { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly byte[,] Permute =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
        { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 },
        { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
        { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private static readonly byte[] Inverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    /// <summary>True when the ASCII digits end in their correct check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) => digits.Length > 0 && Checksum(digits, 0) == 0;

    /// <summary>The digit to append to <paramref name="digits"/> so that the whole is valid; the sandbox records use it to mint test numbers.</summary>
    public static char CheckDigit(ReadOnlySpan<char> digits) => (char)('0' + Inverse[Checksum(digits, 1)]);

    private static int Checksum(ReadOnlySpan<char> digits, int offset)
    {
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException("Verhoeff works on ASCII digits only.", nameof(digits));
            }

            check = Multiply[check, Permute[(i + offset) % 8, digit]];
        }

        return check;
    }
}
