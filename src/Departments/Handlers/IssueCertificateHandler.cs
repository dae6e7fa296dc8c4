using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Numbers the application and issues the certificate: name from the form, else from the examination board by hall
/// ticket (pass and migration certificates, recounting), else from the resident register by Aadhaar.
/// </summary>
public sealed class IssueCertificateHandler(ReferenceNumbers references, IResidentRecords residents, IStudentRecords students) : IServiceHandler
{
    public const string DocumentKind = "certificate";

    public HandlerKind Kind => HandlerKind.IssueCertificate;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        var answers = context.Answers;
        // The first name answer says who the certificate is for (applicant, child, deceased). A service that asks for
        // no person's name falls back to its first free-text answer: the firm on a business licence, though on some
        // services that answer is a number (survey, vehicle), so those still want a name question.
        var nameInput = Answered(context, InputKind.PersonName) ?? Answered(context, InputKind.FreeText);
        var holder = nameInput is null ? null : answers.Of(nameInput);
        if (holder is null && answers.First(InputKind.HallTicket) is { } hallTicket)
        {
            // Asked for, the date of birth must be the student's: a certificate is issued to them alone.
            var student = await students.FindByHallTicket(hallTicket);
            if (student is null || (answers.DateOfBirth is { } dob && student.DateOfBirth != dob))
            {
                return ServiceContext.Declined(context.Text.HallTicketNotFound);
            }

            holder = student.Name;
        }

        if (holder is null && answers.AadhaarKey is { } key)
        {
            holder = (await residents.FindByAadhaar(key))?.Name;
        }

        if (holder is null)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        var number = await references.Next(ReferenceNumbers.Series(context.Department, context.Service, context.Today.Year), context.Request.RequestId);
        var fields = new List<OutcomeField> { context.Text.Name.Field(holder) };
        foreach (var (input, value) in answers.All.Where(a => a.Input != nameInput && FieldLabels.Printed(a.Input)))
        {
            var shown = input.Kind == InputKind.Aadhaar ? answers.AadhaarMasked ?? "XXXX XXXX XXXX" : answers.Display(input, value);
            fields.Add(FieldLabels.For(input, context.Text).Field(shown));
        }

        fields.Add(context.Text.IssuedOn.Field(Dates.Format(context.Today)));
        if (context.Service.Fee > 0)
        {
            fields.Add(context.Text.Fee.Field(Money.Format(context.Service.Fee)));
        }

        var message = context.Text.CertificateIssued.Fill(context.ServiceName);
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = number,
            Message = message,
            Fields = [fields[0], fields[^1]],
            Document = context.Document(number, DocumentKind, holder, fields),
        };
    }

    private static ServiceInput? Answered(ServiceContext context, InputKind kind) =>
        context.Service.Inputs.FirstOrDefault(i => i.Kind == kind && context.Answers.Of(i) is not null);
}
