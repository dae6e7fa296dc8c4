using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Makes one-time codes and checks typed ones. A code is six random digits; what is kept is HMAC-SHA256 under a key
/// of the deployment's (drawn from the Aadhaar hash key) over a random salt, the Aadhaar it was sent for and the code.
/// A plain or merely salted hash of six digits falls to a million guesses; without the key a stolen state gives
/// nothing to guess against. Issuing draws randomness, so only the citizen's grain issues; checking is pure, so the
/// conversation checks.
/// </summary>
public sealed class OtpCodes(AadhaarHasher hasher)
{
    public const int Digits = 6;

    private const string Purpose = "ManaMitra one-time codes";

    private readonly byte[] _key = hasher.DeriveKey(Purpose);

    /// <summary>A new code for <paramref name="aadhaarKey"/>'s mobile, and the challenge that remembers it hashed.</summary>
    public (string Code, OtpChallenge Challenge) Issue(string inputId, string aadhaarKey, string mobile, DateTimeOffset expiresAt)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetHexString(32, lowercase: true);
        return (code, new OtpChallenge(inputId, aadhaarKey, salt, Convert.ToHexStringLower(Hash(salt, aadhaarKey, code)), expiresAt, Mask(mobile)));
    }

    /// <summary>Whether <paramref name="code"/> is the one <paramref name="challenge"/> was issued with, in constant time.</summary>
    public bool Matches(OtpChallenge challenge, string code) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromHexString(challenge.CodeHash), Hash(challenge.Salt, challenge.AadhaarKey, code));

    /// <summary>A mobile number as the citizen may be shown it: its last four digits only.</summary>
    public static string Mask(string mobile) => "******" + mobile[^4..];

    // Unit separators between the parts: no two different triples join to the same bytes.
    private byte[] Hash(string salt, string aadhaarKey, string code) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{salt}\u001f{aadhaarKey}\u001f{code}"));
}
