using ManaMitra.Languages;

namespace ManaMitra.Departments.Records;

/// <summary>The examination boards: candidates, their hall tickets and results.</summary>
public interface IStudentRecords
{
    Task<Student?> FindByHallTicket(string hallTicket);

    /// <summary>The candidate registered with this Aadhaar and date of birth, for citizens who lost their hall ticket number.</summary>
    Task<Student?> FindCandidate(string aadhaarKey, DateOnly dateOfBirth);

    /// <summary>
    /// A candidate of an entrance or recruitment test (CET, TET, DSC, gurukul), by the application number they
    /// registered with, and their date of birth when the service asks for it; the hall ticket is theirs once found.
    /// </summary>
    Task<Student?> FindApplicant(string departmentId, string serviceId, string applicationNumber, DateOnly? dateOfBirth);
}

public sealed record Student(
    string HallTicket,
    string Name,
    DateOnly DateOfBirth,
    string School,
    string ExamCentre,
    IReadOnlyList<SubjectMark> Marks)
{
    public const int PassMark = 35;

    public bool Passed => Marks.All(m => m.Marks >= PassMark);

    public int Total => Marks.Sum(m => m.Marks);
}

public sealed record SubjectMark(LocalizedText Subject, int Marks, string Grade);
