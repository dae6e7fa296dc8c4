using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;

namespace ManaMitra.Departments.Documents;

/// <summary>Hall tickets, results and marks memos from the examinations board.</summary>
public sealed class StudentDocuments(IStudentRecords students) : IDocumentSource
{
    public bool Serves(ServiceContext context) =>
        context.Service.Inputs.Any(i => i.Kind == InputKind.HallTicket) || context.Service.Id.Contains("hall-ticket", StringComparison.Ordinal);

    public async Task<ServiceOutcome> Fetch(ServiceContext context)
    {
        var answers = context.Answers;
        var dateOfBirth = answers.FirstDate;
        Student? student;
        if (answers.First(InputKind.HallTicket) is { } hallTicket)
        {
            student = await students.FindByHallTicket(hallTicket);
            // Asked for, the date of birth must match: results are public, a marks memo is personal.
            if (student is null || (dateOfBirth is { } dob && student.DateOfBirth != dob))
            {
                return ServiceContext.Declined(DepartmentText.HallTicketNotFound);
            }
        }
        else if (answers.AadhaarKey is { } key && dateOfBirth is { } dob)
        {
            student = await students.FindCandidate(key, dob);
            if (student is null)
            {
                return ServiceContext.Declined(DepartmentText.CandidateNotFound);
            }
        }
        else
        {
            return ServiceContext.Declined(DepartmentText.MissingAnswer);
        }

        var kind = Kind(context.Service);
        var fields = new List<OutcomeField>
        {
            DepartmentText.HallTicket.Field(student.HallTicket),
            DepartmentText.Name.Field(student.Name),
            DepartmentText.DateOfBirth.Field(Dates.Format(student.DateOfBirth)),
            DepartmentText.School.Field(student.School),
        };
        if (kind == "hall-ticket")
        {
            fields.Add(DepartmentText.ExamCentre.Field(student.ExamCentre));
        }
        else
        {
            fields.AddRange(student.Marks.Select(m => new OutcomeField(m.SubjectEn, m.SubjectTe, $"{m.Marks} ({m.Grade})")));
            fields.Add(DepartmentText.Total.Field(student.Total.ToString(CultureInfo.InvariantCulture)));
            fields.Add(DepartmentText.Result.Field(student.Passed ? DepartmentText.Pass : DepartmentText.Fail));
        }

        var document = context.Document(DocumentIds.For(context, student.HallTicket), kind, student.Name, fields);
        return DocumentIds.Found(context, student.HallTicket, document);
    }

    /// <summary>hall-ticket, marks-memo or results, from what the service is called.</summary>
    public static string Kind(Service service) =>
        service.Id.Contains("memo", StringComparison.Ordinal) ? "marks-memo"
        : service.Id.Contains("result", StringComparison.Ordinal) ? "results"
        : "hall-ticket";
}
