using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// What one message leads to: the replies to send and the effects to carry out, such as the service to run when the
/// citizen has just submitted a form (or asked for a service that needs no answers). Effects are I/O, so the grain
/// carries them out, not the conversation.
/// </summary>
public sealed class Turn(InboundMessage message)
{
    /// <summary>The message this turn answers.</summary>
    public InboundMessage Message => message;

    public List<Reply> Replies { get; } = [];

    /// <summary>In the order they were called for; their replies follow the turn's own.</summary>
    public List<TurnEffect> Effects { get; } = [];

    /// <summary>Show the citizen's application with this reference (typed or tapped); ownership is checked on the record.</summary>
    public void ShowApplication(string reference) => Effects.Add(new ShowApplication(message.CitizenId, reference));

    /// <summary>A new attempt at a payment that failed or expired; ownership is checked on the payment.</summary>
    public void PayAgain(string reference) => Effects.Add(new PayAgain(message.CitizenId, reference));

    /// <summary>Quote, or carry out, the cancellation of a booking; ownership is checked on its payment.</summary>
    public void CancelBooking(string reference, bool confirmed) => Effects.Add(new CancelBooking(message.CitizenId, reference, confirmed));

    /// <summary>Record the citizen's rating of their resolved grievance; ownership is checked on the grievance.</summary>
    public void RateGrievance(string reference, int stars) => Effects.Add(new RateGrievance(message.CitizenId, reference, stars));

    /// <summary>Reopen the citizen's resolved grievance; ownership is checked on the grievance.</summary>
    public void ReopenGrievance(string reference) => Effects.Add(new ReopenGrievance(message.CitizenId, reference));

    /// <summary>Ask the citizen for a correction or an appeal on their application; ownership is checked on the record.</summary>
    public void AskReply(AwaitedReply asked) => Effects.Add(new AskCitizenReply(message.CitizenId, asked));

    /// <summary>Record the reply the citizen was asked for.</summary>
    public void GiveReply(AwaitedReply asked, string text) => Effects.Add(new GiveCitizenReply(message.CitizenId, asked, text));

    /// <summary>Count a search the citizen typed; one that found nothing leaves only its masked words.</summary>
    public void Searched(string query, bool foundNothing) => Effects.Add(new Searched(foundNothing ? SearchQuery.Masked(query) : null));

    /// <summary>Send the one-time code <paramref name="service"/>'s form asks for (<see cref="Forms.FormFlow.CodeFor"/>).</summary>
    public void SendCode(Service service, Forms.OtpRequest request) => Effects.Add(new SendCode(service.Id, request));

    public void RunService(Department department, Service service, IReadOnlyDictionary<string, string> answers, string language) =>
        Effects.Add(new RunService(department.Id, new ServiceRequest
        {
            ServiceId = service.Id,
            CitizenId = message.CitizenId,
            LanguageCode = language,
            Answers = answers,
            // The message id: if Meta redelivers this message after a failure, the service sees the same request.
            RequestId = message.MessageId,
            ReplyTo = message.ReplyTo,
        }));
}
