using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// What one message leads to: the replies to send and, when the citizen has just submitted a form (or asked for a
/// service that needs no answers), the service to run. Running it is I/O, so the grain does it, not the conversation.
/// </summary>
public sealed class Turn(InboundMessage message)
{
    public List<Reply> Replies { get; } = [];

    /// <summary>The department whose service grain must run <see cref="Request"/>, when there is one to run.</summary>
    public string? DepartmentId { get; private set; }

    public ServiceRequest? Request { get; private set; }

    /// <summary>A document of the citizen's own to send again, chosen from "my documents".</summary>
    public string? ResendDocumentId { get; set; }

    public void RunService(Department department, Service service, IReadOnlyDictionary<string, string> answers, string language)
    {
        DepartmentId = department.Id;
        Request = new ServiceRequest
        {
            ServiceId = service.Id,
            CitizenId = message.CitizenId,
            LanguageCode = language,
            Answers = answers,
            // The message id: if Meta redelivers this message after a failure, the service sees the same request.
            RequestId = message.MessageId,
        };
    }
}
