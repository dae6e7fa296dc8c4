using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Documents;

/// <summary>Hall tickets, results and marks memos from the examinations board.</summary>
public sealed class StudentDocuments(IStudentRecords students) : IDocumentSource
{
    public bool Serves(ServiceContext context) =>
        context.Service.Inputs.Any(i => i.Kind == InputKind.HallTicket) || ServiceIds.Names(context.Service, "hall-ticket");

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
                return ServiceContext.NotFound(context.Text.HallTicketNotFound, answers.IdentifierInput);
            }
        }
        else if (answers.AadhaarKey is { } key && dateOfBirth is { } dob)
        {
            student = await students.FindCandidate(key, dob);
            if (student is null)
            {
                return ServiceContext.Declined(context.Text.CandidateNotFound);
            }
        }
        else if (answers.First(InputKind.FreeText) is { } application)
        {
            // Entrance and recruitment tests (CET, TET, DSC, gurukul) know a candidate by the application number
            // until the hall ticket is out.
            student = await students.FindApplicant(context.Department.Id, context.Service.Id, application, dateOfBirth);
            if (student is null)
            {
                return ServiceContext.NotFound(context.Text.RecordNotFound, answers.IdentifierInput);
            }
        }
        else
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        var kind = Kind(context.Service);
        var fields = new List<OutcomeField>
        {
            context.Text.HallTicket.Field(student.HallTicket),
            context.Text.DateOfBirth.Field(Dates.Format(student.DateOfBirth)),
        };
        if (student.School.Length > 0)
        {
            fields.Add(context.Text.School.Field(student.School));
        }

        if (kind == "hall-ticket")
        {
            fields.Add(context.Text.ExamCentre.Field(student.ExamCentre));
            // Which test, semester or year the citizen chose is what the hall ticket admits them to.
            fields.AddRange(answers.All.Where(a => a.Input.Kind == InputKind.Choice).Select(a => FieldLabels.For(a.Input).Field(answers.Display(a.Input, a.Value))));
        }
        else
        {
            fields.AddRange(student.Marks.Select(m => m.Subject.Field($"{m.Marks} ({m.Grade})")));
            fields.Add(context.Text.Total.Field(student.Total.ToString(CultureInfo.InvariantCulture)));
            fields.Add(context.Text.Result.Field(context.OneLine(student.Passed ? context.Text.Pass : context.Text.Fail)));
        }

        var document = context.Document(DocumentIds.For(context, student.HallTicket), kind, student.Name, fields);
        return DocumentIds.Found(context, student.HallTicket, document);
    }

    /// <summary>hall-ticket, marks-memo or results, from what the service is called.</summary>
    public static string Kind(Service service) =>
        ServiceIds.Names(service, "memo") ? "marks-memo"
        : ServiceIds.Names(service, "results") || ServiceIds.Names(service, "result") ? "results"
        : "hall-ticket";
}
