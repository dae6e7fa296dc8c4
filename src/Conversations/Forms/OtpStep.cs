using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>What a message at a one-time code's question comes to.</summary>
internal abstract record OtpAnswer
{
    /// <summary>The right code, in time: the question's answer.</summary>
    public sealed record Verified(FormAnswer Answer) : OtpAnswer;

    /// <summary>No answer, for this reason in the citizen's language.</summary>
    public sealed record Refused(string Reason) : OtpAnswer;

    /// <summary>A code is to be sent: none was for this Aadhaar yet, or the citizen asked for another.</summary>
    public sealed record Wanted : OtpAnswer;
}

/// <summary>
/// Checks a code typed at an OTP question against the hashed challenge the grain stored when it sent the code. Pure:
/// the time is the message's own, and the only state it moves is the form's and the citizen's <see cref="OtpGuard"/>.
/// Refusals never quote what was typed.
/// </summary>
internal sealed partial class OtpStep(OtpCodes codes, OtpOptions options, Texts texts)
{
    private readonly OtpText _text = texts.Otp;

    /// <param name="aadhaarKey">The linked Aadhaar answer as the form holds it now (its keyed hash).</param>
    public OtpAnswer Check(FormSession session, ServiceInput input, string aadhaarKey, OtpGuard guard, InboundMessage message, string language)
    {
        var now = message.SentAt;
        var typed = Typed.Text(message);
        if (typed is not null && _text.ResendWords.All.Any(w => Typed.Key(w) == Typed.Key(typed)))
        {
            return new OtpAnswer.Wanted();
        }

        // Checked before anything else, so a locked citizen learns nothing from another guess.
        if (guard.IsLocked(now))
        {
            return new OtpAnswer.Refused(_text.Locked.Format(language, OtpGuard.IndiaClock(guard.LockedUntil)));
        }

        if (session.Otp is not { } challenge || challenge.InputId != input.Id || challenge.AadhaarKey != aadhaarKey)
        {
            return new OtpAnswer.Wanted();
        }

        // A typo ("12345") is no guess at the code, so it does not count toward the lockout.
        if (typed is null || Code(typed) is not { } code)
        {
            return new OtpAnswer.Refused(_text.Shape.In(language));
        }

        if (now >= challenge.ExpiresAt)
        {
            return new OtpAnswer.Refused(_text.Expired.In(language));
        }

        if (codes.Matches(challenge, code))
        {
            guard.Verified();
            // Used once: the form's answer now stands for it.
            session.Otp = null;
            return new OtpAnswer.Verified(new FormAnswer(Verified, challenge.MaskedMobile));
        }

        if (guard.Wrong(now, options))
        {
            // After the lockout a fresh code is needed: this one may have been guessed at too often.
            session.Otp = null;
            return new OtpAnswer.Refused(_text.Locked.Format(language, OtpGuard.IndiaClock(guard.LockedUntil)));
        }

        return new OtpAnswer.Refused(_text.Wrong.Format(language, options.WrongCodeLimit - guard.WrongCodes, OtpOptions.Minutes(options.Lockout)));
    }

    /// <summary>What a verified OTP question hands the department: that it was verified, never the code.</summary>
    public const string Verified = "verified";

    /// <summary>The six digits typed alone ("123 456"), or the one six-digit number in a sentence ("my otp is 123456").</summary>
    private static string? Code(string text)
    {
        var compact = Typed.Compact(text, "-.");
        if (Typed.AllDigits(compact))
        {
            return compact.Length == OtpCodes.Digits ? compact : null;
        }

        // Two six-digit numbers: which was meant is a guess, and a guess would count as a wrong code.
        return SixDigits().Matches(text) is { Count: 1 } found ? Typed.Compact(found[0].Value, "") : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
