using System.Collections.Frozen;

namespace ManaMitra.WhatsApp.CloudApi;

/// <summary>
/// The Cloud API error codes the sender decides on, named and grouped as Meta's "WhatsApp error codes" page groups
/// them (developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes). Meta asks clients to
/// decide on <c>error.code</c>, not on the HTTP status: the throttling codes, for one, have been listed and seen with
/// HTTP 400 as well as 429, and a 400 alone would read as "your request is wrong". What a send does with an answer
/// therefore turns on the code first and on the status only for codes named nowhere here (<see cref="IsTransient"/>).
/// </summary>
/// <remarks>
/// A transient answer holds the citizen's later replies behind the failed one until it goes through, with no limit
/// on attempts; a rejected one is recorded on its entry and the next reply goes out. So a code belongs in a
/// transient group only if time alone clears it, and in <see cref="Permanent"/> only if sending the same body again
/// can never succeed. A code Meta describes as either (1, "API Unknown": "invalid request or possible server error")
/// is left to the HTTP status.
/// </remarks>
public static class CloudApiErrors
{
    // Throttling errors. Each is a rate over a window, so waiting clears it.

    /// <summary>"API Too Many Calls": the app reached its Graph API call rate limit.</summary>
    public const int ApiTooManyCalls = 4;

    /// <summary>"Rate limit issues": the WhatsApp Business Account reached its rate limit.</summary>
    public const int AccountRateLimit = 80007;

    /// <summary>"Rate limit hit": the phone number's message throughput (80 messages/s by default) was reached.</summary>
    public const int ThroughputLimit = 130429;

    /// <summary>
    /// "Spam rate limit hit": the number may send fewer messages because too many earlier ones were blocked or
    /// reported as spam. It eases as the quality rating recovers, which can take far longer than the other limits.
    /// </summary>
    public const int SpamRateLimit = 131048;

    /// <summary>"(Business Account, Consumer Account) pair rate limit hit": too many messages to one citizen in a short time.</summary>
    public const int PairRateLimit = 131056;

    /// <summary>
    /// "Account register deregister rate limit exceeded": too many registration attempts for the phone number in a
    /// short time. Meta lists it with the throttling errors; it belongs to the registration endpoints, and should a
    /// send ever carry it, it too passes with time.
    /// </summary>
    public const int RegisterDeregisterRateLimit = 133016;

    // Errors Meta describes as outages on its side: try again later.

    /// <summary>"API Service" (HTTP 503): temporary, from downtime or overload.</summary>
    public const int ApiService = 2;

    /// <summary>"Something went wrong" (HTTP 500): the message failed for an unknown reason, typically a passing fault.</summary>
    public const int SomethingWentWrong = 131000;

    /// <summary>"Service unavailable" (HTTP 503): a service is temporarily unavailable.</summary>
    public const int ServiceUnavailable = 131016;

    /// <summary>"Server temporarily unavailable" (HTTP 503): listed with the registration errors; passes like the others.</summary>
    public const int ServerTemporarilyUnavailable = 133004;

    // Errors no repetition of the same body fixes. Most come with HTTP 400, which would reject them anyway; the two
    // with HTTP 500 would otherwise be retried for ever, holding every later reply to the citizen behind them.

    /// <summary>"API Method" (HTTP 500): the token lacks a capability or permission; an operator must grant it.</summary>
    public const int ApiMethod = 3;

    /// <summary>
    /// "Message Undeliverable": the recipient is not on WhatsApp, has not accepted the current terms, or runs a
    /// WhatsApp too old for the message.
    /// </summary>
    public const int Undeliverable = 131026;

    /// <summary>"Incorrect certificate" (HTTP 500): a phone number registration error; the number must be registered again.</summary>
    public const int IncorrectCertificate = 131045;

    /// <summary>
    /// "Re-engagement message": more than 24 hours since the citizen last wrote, so only a template may be sent.
    /// Waiting makes it worse; only the citizen writing again reopens the window.
    /// </summary>
    public const int ReEngagement = 131047;

    /// <summary>"Unsupported message type": the body's type cannot be sent.</summary>
    public const int UnsupportedMessageType = 131051;

    /// <summary>"Media upload error": Meta could not take the media of the message (unsupported type, for one).</summary>
    public const int MediaUploadError = 131053;

    /// <summary>A business-scoped user id was given as <c>recipient</c> for a kind of message that needs a phone number.</summary>
    public const int BusinessScopedRecipientUnsupported = 131062;

    public static readonly FrozenSet<int> Throttling =
        [ApiTooManyCalls, AccountRateLimit, ThroughputLimit, SpamRateLimit, PairRateLimit, RegisterDeregisterRateLimit];

    public static readonly FrozenSet<int> Retryable = [ApiService, SomethingWentWrong, ServiceUnavailable, ServerTemporarilyUnavailable];

    public static readonly FrozenSet<int> Permanent =
        [ApiMethod, Undeliverable, IncorrectCertificate, ReEngagement, UnsupportedMessageType, MediaUploadError, BusinessScopedRecipientUnsupported];

    /// <summary>
    /// Whether an error answer passes with time: a named code decides; otherwise HTTP 429 and 5xx do, as for an
    /// answer from a proxy in front of Meta, which has no code at all (0).
    /// </summary>
    public static bool IsTransient(int httpStatus, int code) =>
        Throttling.Contains(code) || Retryable.Contains(code)
        || (!Permanent.Contains(code) && (httpStatus == 429 || httpStatus >= 500));
}
