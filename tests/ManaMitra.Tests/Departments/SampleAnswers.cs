using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Departments;

/// <summary>Valid answers for any service, by input kind, built from the sandbox's documented sample records.</summary>
public static class SampleAnswers
{
    public const string HallTicket = "2610100014";
    public const string Account = "12345674";
    public const string Name = "Ravi Kumar";
    public const string MaskedAadhaar = "XXXX XXXX 1234";

    /// <summary>Inside the SSC age band the sandbox registers candidates for.</summary>
    public static readonly DateOnly CandidateBirth = new(2010, 6, 15);

    public static DateOnly SampleStudentBirth { get; } = new SandboxStudents().FindByHallTicket(HallTicket).Result!.DateOfBirth;

    public static Dictionary<string, string> For(Service service, string citizenId)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var freeText = 0;
        foreach (var input in service.Inputs)
        {
            switch (input.Kind)
            {
                case InputKind.Aadhaar:
                    answers[input.Id] = $"aadhaar-key-{citizenId}";
                    answers[input.Id + Answers.MaskedSuffix] = MaskedAadhaar;
                    break;
                case InputKind.FreeText:
                    // The first free-text answer is what services look records up by; the sample account is a valid
                    // number, a business name, a place and a survey number all at once. Later ones differ from it (a route's
                    // two ends must).
                    answers[input.Id] = freeText++ == 0 ? Account : (10 + freeText).ToString(CultureInfo.InvariantCulture);
                    break;
                case InputKind.Date:
                    answers[input.Id] = Iso(DateFor(service, input));
                    break;
                default:
                    answers[input.Id] = input.Kind switch
                    {
                        InputKind.Mobile => "9876543210",
                        InputKind.PinCode => "520001",
                        InputKind.HallTicket => HallTicket,
                        InputKind.Amount => "120000",
                        InputKind.Choice => input.Choices[0].Id,
                        InputKind.Location => "16.5062,80.6480",
                        InputKind.Photo or InputKind.Evidence => SandboxMedia.SampleId,
                        InputKind.PersonName => Name,
                        InputKind.Otp => "verified",
                        _ => throw new ArgumentOutOfRangeException(nameof(service), input.Kind, "no sample for this input kind"),
                    };
                    break;
            }
        }

        return answers;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A hall ticket's date of birth must be the student's; other births fit the SSC band; anything else is a
    // date to book or report, a week ahead.
    private static DateOnly DateFor(Service service, ServiceInput input) =>
        service.Inputs.Any(i => i.Kind == InputKind.HallTicket) ? SampleStudentBirth
        : input.Id.Contains("birth", StringComparison.Ordinal) ? CandidateBirth
        : DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);

    /// <summary>
    /// The request a citizen writing from <paramref name="whatsAppId"/> through a frontend with the test secrets
    /// submits: filed under their number's key, answered at the number.
    /// </summary>
    public static ServiceRequest RequestFrom(Service service, string whatsAppId, Dictionary<string, string>? answers = null) =>
        Request(service, Chats.KeyOf(whatsAppId), answers: answers) with { ReplyTo = whatsAppId };

    public static ServiceRequest Request(Service service, string citizenId, string? requestId = null, Dictionary<string, string>? answers = null) => new()
    {
        ServiceId = service.Id,
        CitizenId = citizenId,
        LanguageCode = "en",
        Answers = answers ?? For(service, citizenId),
        RequestId = requestId ?? Guid.NewGuid().ToString("N"),
        ReplyTo = citizenId,
    };
}
