using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Conversations.Forms;

// A form's one-time-code questions (docs/OTP.md): the code is checked here, purely; sending one is the grain's, so
// the form only says when one is wanted (FormStep.CodeWanted, NeedsCode) and for what (CodeFor).
public sealed partial class FormFlow
{
    /// <summary>
    /// Whether the message answers the one-time code's question being asked: anything sent there but a tap, a reaction
    /// or "back" is a code (or a request for another), checked by <see cref="Code"/> rather than by a validator.
    /// </summary>
    public bool TakesCode(FormSession session, Service service, InboundMessage message) =>
        session.Phase == FormPhase.Asking && CurrentInput(session, service)?.Kind == InputKind.Otp
        && message.Kind != InboundKind.Reaction && message.ReplyId is null && !IsBack(message);

    /// <summary>Moves the session on by a message <see cref="TakesCode"/> took, counting wrong codes on the citizen's <paramref name="guard"/>.</summary>
    public FormStep Code(FormSession session, Service service, OtpGuard guard, InboundMessage message, string language)
    {
        var input = service.Inputs[session.Index];
        var linked = OtpInputs.Linked(service, input);
        if (!session.Answers.TryGetValue(linked.Id, out var aadhaar))
        {
            // The Aadhaar the code would go for is not answered (a service could not find it): ask it first.
            Ask(session, service.Inputs.ToList().IndexOf(linked), returnToSummary: false);
            return new FormStep.Continue([_screens.Question(service, session, language)]);
        }

        switch (_otp.Check(session, input, aadhaar.Value, guard, message, language))
        {
            case OtpAnswer.Verified verified:
                session.Answers[input.Id] = verified.Answer;
                return WithCode(session, service, new FormStep.Continue([Advance(session, service, language)]));
            case OtpAnswer.Refused refused:
                return new FormStep.Continue([_screens.Question(service, session, language, preface: refused.Reason)]);
            default:
                return new FormStep.CodeWanted([]);
        }
    }

    /// <summary>
    /// True at an OTP question that has no answer and no code out for the Aadhaar answered now: the form has just come to
    /// it (or come back after the Aadhaar changed), so a code is to be sent without being asked for.
    /// </summary>
    public bool NeedsCode(FormSession session, Service service) =>
        CodeFor(session, service) is { } wanted && !session.Answers.ContainsKey(wanted.InputId)
        && !(session.Otp is { } sent && sent.InputId == wanted.InputId && sent.AadhaarKey == wanted.AadhaarKey);

    /// <summary>The code the OTP question being asked would send, or null when no OTP question is being asked.</summary>
    public OtpRequest? CodeFor(FormSession session, Service service)
    {
        if (session.Phase != FormPhase.Asking || CurrentInput(session, service) is not { Kind: InputKind.Otp } input
            || !session.Answers.TryGetValue(OtpInputs.Linked(service, input).Id, out var aadhaar))
        {
            return null;
        }

        return new OtpRequest(input.Id, aadhaar.Value, aadhaar.Display);
    }

    /// <summary>A step that shows an OTP question needing a code says so, whichever way the form came to it.</summary>
    private FormStep WithCode(FormSession session, Service service, FormStep step) =>
        step is FormStep.Continue moved && NeedsCode(session, service) ? new FormStep.CodeWanted(moved.Replies) : step;

    /// <summary>A new Aadhaar answer: a code verified for the old one proves nothing about the new one's mobile.</summary>
    private static void Unverify(FormSession session, Service service, ServiceInput aadhaar)
    {
        foreach (var otp in service.Inputs.Where(i => i.LinkedTo == aadhaar.Id))
        {
            session.Answers.Remove(otp.Id);
        }
    }

    private static ServiceInput? CurrentInput(FormSession session, Service service) =>
        session.Index >= 0 && session.Index < service.Inputs.Count ? service.Inputs[session.Index] : null;
}
