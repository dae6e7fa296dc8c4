using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>
/// SSC candidates: every 10-digit hall ticket whose last digit is its Luhn check digit is a student; a candidate
/// looked up by Aadhaar exists when the date of birth fits the SSC age band; an entrance or recruitment test
/// applicant exists for every application number of 6 to 16 digits with a check digit, born on the date they give
/// when it fits the applicants' age band.
/// </summary>
public sealed class SandboxStudents : IStudentRecords
{
    public const int HallTicketLength = 10;

    /// <summary>Born in these years, a citizen sits SSC in the sandbox's exam years.</summary>
    public static readonly DateOnly EarliestBirth = new(2007, 1, 1);

    public static readonly DateOnly LatestBirth = new(2012, 12, 31);

    /// <summary>From recruitment candidates near the age limit to ten-year-olds sitting a gurukul entrance test.</summary>
    public static readonly DateOnly ApplicantEarliestBirth = new(1965, 1, 1);

    public static readonly DateOnly ApplicantLatestBirth = new(2017, 12, 31);

    private static readonly string[] Schools = ["ZP High School", "Government High School", "APMS", "KGBV", "Municipal High School"];

    public Task<Student?> FindByHallTicket(string hallTicket)
    {
        var number = SandboxSeed.Compact(hallTicket);
        if (number.Length != HallTicketLength || !SandboxSeed.HasCheckDigit(number))
        {
            return Task.FromResult<Student?>(null);
        }

        var random = SandboxSeed.For("student", number);
        var born = EarliestBirth.AddDays(random.Next(LatestBirth.DayNumber - EarliestBirth.DayNumber + 1));
        return Task.FromResult<Student?>(Make(number, born, random));
    }

    public Task<Student?> FindCandidate(string aadhaarKey, DateOnly dateOfBirth)
    {
        if (dateOfBirth < EarliestBirth || dateOfBirth > LatestBirth)
        {
            return Task.FromResult<Student?>(null);
        }

        var random = SandboxSeed.For("candidate", aadhaarKey);
        var hallTicket = SandboxSeed.WithCheckDigit(random.NextInt64(100_000_000, 1_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Task.FromResult<Student?>(Make(hallTicket, dateOfBirth, random));
    }

    public Task<Student?> FindApplicant(string departmentId, string serviceId, string applicationNumber, DateOnly? dateOfBirth)
    {
        var number = SandboxSeed.Compact(applicationNumber);
        if (number.Length is < 6 or > 16 || !SandboxSeed.HasCheckDigit(number)
            || (dateOfBirth is { } given && (given < ApplicantEarliestBirth || given > ApplicantLatestBirth)))
        {
            return Task.FromResult<Student?>(null);
        }

        var random = SandboxSeed.For("applicant", departmentId, serviceId, number);
        var hallTicket = SandboxSeed.WithCheckDigit(random.NextInt64(100_000_000, 1_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var born = dateOfBirth ?? ApplicantEarliestBirth.AddDays(random.Next(ApplicantLatestBirth.DayNumber - ApplicantEarliestBirth.DayNumber + 1));
        // Applicants sit the test from wherever they live: no school, and no marks before the test.
        return Task.FromResult<Student?>(new Student(hallTicket, SandboxNames.Person(random), born, "", ExamCentre(random), []));
    }

    private static string ExamCentre(Random random) => $"Exam centre {random.Next(1, 400)}, {random.Pick(SandboxNames.Districts)}";

    private static Student Make(string hallTicket, DateOnly born, Random random)
    {
        var district = random.Pick(SandboxNames.Districts);
        var name = SandboxNames.Person(random);
        var school = $"{random.Pick(Schools)}, {random.Pick(SandboxNames.Villages)}";
        var marks = SandboxRecords.Shipped.Subjects.Select(s =>
        {
            var mark = random.Next(28, 101);
            return new SubjectMark(s, mark, Grade(mark));
        }).ToList();
        return new Student(hallTicket, name, born, school, $"Exam centre {random.Next(1, 400)}, {district}", marks);
    }

    // The Board's grade bands for a subject's marks out of 100.
    private static string Grade(int marks) => marks switch
    {
        >= 91 => "A1",
        >= 81 => "A2",
        >= 71 => "B1",
        >= 61 => "B2",
        >= 51 => "C1",
        >= 41 => "C2",
        >= Student.PassMark => "D",
        _ => "F",
    };
}
