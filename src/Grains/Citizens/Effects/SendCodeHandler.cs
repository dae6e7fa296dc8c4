using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Forms;
using ManaMitra.Departments.Records;
using ManaMitra.Grains.Sms;
using ManaMitra.Interfaces.Otp;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Sends a form's one-time code: to the mobile the resident register links to the form's Aadhaar answer, never to a
/// number typed in the chat. Refuses while the citizen is locked out or has had their codes for the window, or that
/// Aadhaar's mobile has had its codes from every conversation together (<see cref="IOtpQuotaGrain"/>), and says so;
/// an Aadhaar with no mobile on record is told plainly, and its form cannot be completed. The code leaves only in the
/// SMS: the form keeps its hash, the reply names the masked number, nothing logs it.
/// </summary>
public sealed class SendCodeHandler(
    IResidentRecords residents, ISmsGateway sms, IGrainFactory grains, OtpCodes codes, IOptions<OtpOptions> otpOptions, Conversation conversation, ServiceCatalog catalog, TimeProvider time)
    : EffectHandler<SendCode>
{
    private readonly OtpOptions _options = otpOptions.Value;

    public override async Task<IReadOnlyList<Reply>> HandleAsync(SendCode effect, ChatSession session)
    {
        // The turn that asked for the code just set the form; anything else means it has gone since.
        if (session.Form is not { } form || form.ServiceId != effect.ServiceId)
        {
            return [];
        }

        var language = conversation.LanguageOf(session);
        var says = catalog.Texts.Otp;
        var now = time.GetUtcNow();
        var guard = session.Otp;
        if (guard.IsLocked(now))
        {
            return [Text(says.Locked.Format(language, OtpGuard.IndiaClock(guard.LockedUntil)))];
        }

        if (guard.NextSendAt(now, _options) is { } next)
        {
            return [Text(says.SendLimit.Format(language, _options.SendLimit, OtpOptions.Minutes(_options.SendWindow), OtpGuard.IndiaClock(next)))];
        }

        var request = effect.Request;
        if ((await residents.FindByAadhaar(request.AadhaarKey))?.LinkedMobile is not { } mobile)
        {
            return [Text(says.NoMobile.Format(language, request.MaskedAadhaar))];
        }

        if (await grains.GetGrain<IOtpQuotaGrain>(request.AadhaarKey).Reserve(_options.SendLimitPerAadhaar, _options.SendWindow) is { } later)
        {
            return [Text(says.AadhaarSendLimit.Format(language, request.MaskedAadhaar, OtpOptions.Minutes(_options.SendWindow), OtpGuard.IndiaClock(later)))];
        }

        var (code, challenge) = codes.Issue(request.InputId, request.AadhaarKey, mobile, now + _options.Lifetime);
        if (!await sms.SendCodeAsync(mobile, code, CancellationToken.None))
        {
            // The code before it, if any, still stands: the citizen may have it already.
            return [Text(says.SendFailed.In(language))];
        }

        guard.Sending(now, _options);
        form.Otp = challenge;
        return [Text(says.Sent.Format(language, challenge.MaskedMobile, OtpOptions.Minutes(_options.Lifetime)))];
    }

    private static TextReply Text(string body) => new(body);
}
