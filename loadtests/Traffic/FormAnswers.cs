using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Documents;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// Answers a citizen types into a service's form, by kind of question, as the form's validators accept them
/// (src/Conversations/Forms): valid ones that move the form on, and one wrong answer per kind that it rejects and asks again.
/// Questions a typed message cannot answer (a location, a photo) or that need a record on file (a hall ticket) are
/// left out: <see cref="CanAnswer"/> says which services the tool can take to the end.
/// </summary>
public static class FormAnswers
{
    // UIDAI's published test UIDs: 12 digits, not starting 0 or 1, with a valid Verhoeff check digit.
    private static readonly string[] Aadhaars = ["499118665246", "999941057058"];

    private static readonly string[] Names = ["Ravi Kumar", "Lakshmi Devi", "Sai Teja", "Padma Rao", "Venkata Ramana", "Anjali Reddy", "Naga Raju"];

    private static readonly string[] Amounts = ["1,20,000", "85000", "1.5 lakh", "₹ 60,000", "2,40,000/-"];

    private static readonly string[] Dates = ["15-06-2000", "01/01/1985", "2010-03-21", "5 Jan 1992"];

    private static readonly HashSet<string> Answerable = new(StringComparer.Ordinal) { "Aadhaar", "FreeText", "PersonName", "Amount", "Mobile", "Choice", "Date" };

    /// <summary>
    /// True for a certificate the tool can apply for: every question answerable by typing, and a name or free-text
    /// one (the applicant's name), so the department records the application without a record on file.
    /// </summary>
    public static bool CanAnswer(ServiceChoice service) =>
        service.Handler == "IssueCertificate"
        && service.Questions.Count > 0
        && service.Questions.All(q => Answerable.Contains(q.Kind))
        && service.Questions.Any(q => q.Kind is "PersonName" or "FreeText");

    public static ScriptedMessage Valid(InputChoice question, Random random) => ScriptedMessage.Typed(question.Kind switch
    {
        "Aadhaar" => Aadhaars[random.Next(Aadhaars.Length)],
        "FreeText" or "PersonName" => Names[random.Next(Names.Length)],
        "Amount" => Amounts[random.Next(Amounts.Length)],
        "Mobile" => string.Create(CultureInfo.InvariantCulture, $"{random.Next(6, 10)}{random.Next(0, 1_000_000_000):D9}"),
        // Choices are not in the public catalog; the first is there for every choice question, and typing its
        // number picks it as a tap would.
        "Choice" => "1",
        "Date" => Dates[random.Next(Dates.Length)],
        _ => throw new ArgumentException($"no typed answer for a {question.Kind} question", nameof(question)),
    }, expectedReplies: 1);

    /// <summary>A plausible mistake the form rejects with a reason and the question again (one reply).</summary>
    public static ScriptedMessage Invalid(InputChoice question) => ScriptedMessage.Typed(question.Kind switch
    {
        // One digit off: the check digit catches it.
        "Aadhaar" => "499118665247",
        "FreeText" => "x",
        // A name never has digits: an age typed with it is the usual slip.
        "PersonName" => "Ravi Kumar 45",
        "Amount" => "lots",
        "Mobile" => "98765",
        "Choice" => "99",
        "Date" => "31-02-2001",
        _ => throw new ArgumentException($"no typed answer for a {question.Kind} question", nameof(question)),
    }, expectedReplies: 1);
}
