using System.Text;
using System.Text.RegularExpressions;
using ManaMitra.Conversations.Forms;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Grains.Sms;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// What a resident's phone would show: the one-time codes the sandbox SMS gateway took for the mobile the sandbox
/// register links to an Aadhaar number, under the test hosts' Aadhaar hash key.
/// </summary>
public static partial class SmsCodes
{
    private static readonly AadhaarHasher Hasher = new(Encoding.UTF8.GetBytes(TestSecrets.AadhaarHashKey));

    /// <summary>The mobile the sandbox register links to <paramref name="aadhaar"/>, or null when none is.</summary>
    public static string? MobileOf(string aadhaar) => new SandboxResidents().FindByAadhaar(Hasher.Hash(aadhaar)).Result!.LinkedMobile;

    /// <summary>The code in the last SMS sent to <paramref name="aadhaar"/>'s mobile, or null when none was sent.</summary>
    public static string? LastCodeFor(SandboxSmsInbox inbox, string aadhaar) =>
        MobileOf(aadhaar) is { } mobile && inbox.LastTo(mobile) is { } sms ? Code().Match(sms.Message).Value : null;

    /// <summary>The keyed hash the system knows <paramref name="aadhaar"/> by (the key of its OTP quota).</summary>
    public static string KeyOf(string aadhaar) => Hasher.Hash(aadhaar);

    /// <summary>A valid Aadhaar number (Verhoeff) whose sandbox resident has no mobile linked.</summary>
    public static string AadhaarWithoutMobile() => Aadhaars("2341234").First(a => MobileOf(a) is null);

    /// <summary>A valid Aadhaar number with a linked mobile, from a series (<paramref name="prefix"/>, 7 digits) no other test uses.</summary>
    public static string AadhaarWithMobile(string prefix) => Aadhaars(prefix).First(a => MobileOf(a) is not null);

    private static IEnumerable<string> Aadhaars(string prefix) =>
        Enumerable.Range(0, 1000).Select(n => $"{prefix}{n:D4}").Select(body => body + Verhoeff.CheckDigit(body));

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();
}
