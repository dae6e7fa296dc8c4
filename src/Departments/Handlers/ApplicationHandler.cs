using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// A certificate is applied for, not printed: the form becomes an application with a reference and a due date, and
/// an official decides it. The applicant's name comes from the form (the official checks it against the answers),
/// else from the examination board by hall ticket, else from the resident register by Aadhaar.
/// </summary>
public sealed class ApplicationHandler(ReferenceNumbers references, IResidentRecords residents, IStudentRecords students, IGrainFactory grains)
    : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.IssueCertificate;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        var answers = context.Answers;
        // The first name answer says who the application is for (applicant, child, deceased). A service that asks for
        // no person's name falls back to its first free-text answer: the firm on a business licence, though on some
        // services that answer is a number (survey, vehicle), so those still want a name question.
        var nameInput = Answered(context, InputKind.PersonName) ?? Answered(context, InputKind.FreeText);
        var applicant = nameInput is null ? null : answers.Of(nameInput);
        if (applicant is null && answers.First(InputKind.HallTicket) is { } hallTicket)
        {
            // Asked for, the date of birth must be the student's: an application is theirs alone.
            var student = await students.FindByHallTicket(hallTicket);
            if (student is null || (answers.DateOfBirth is { } dob && student.DateOfBirth != dob))
            {
                return ServiceContext.NotFound(context.Text.HallTicketNotFound, answers.IdentifierInput);
            }

            applicant = student.Name;
        }

        if (applicant is null && answers.AadhaarKey is { } key)
        {
            applicant = (await residents.FindByAadhaar(key))?.Name;
        }

        if (applicant is null)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        var reference = await references.Next(ReferenceNumbers.Series(context.Department, context.Service, context.Today.Year), context.Request.RequestId);
        var view = await grains.GetGrain<IApplicationGrain>(reference).Submit(new ApplicationSubmission
        {
            Reference = reference,
            DepartmentId = context.Department.Id,
            ServiceId = context.Service.Id,
            CitizenId = context.Request.CitizenId,
            LanguageCode = context.Request.LanguageCode,
            ApplicantName = applicant,
            Answers = Printed(context, nameInput),
            Fee = context.Service.Fee,
            SubmittedAt = context.Now,
            // An instant service (SLA 0) is still decided by a person: a day is the least a queue promises.
            DueBy = context.Now.AddDays(Math.Max(1, context.Service.SlaDays)),
        });

        var dueBy = Dates.Format(view.Submission.DueBy);
        (string Page, PaymentDue Due)? fee = view.Stage == ApplicationStage.FeeDue ? await OpenFee(context, reference, applicant) : null;
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Submitted,
            Reference = reference,
            Message = view.Stage == ApplicationStage.FeeDue
                ? context.Text.ApplicationFeeDue.Fill(context.ServiceName, reference, Rupees.Format(context.Service.Fee))
                : context.Text.ApplicationReceived.Fill(context.ServiceName, reference, dueBy),
            Fields = view.Stage == ApplicationStage.FeeDue
                ? [context.Text.Fee.Field(Rupees.Format(context.Service.Fee))]
                : [context.Text.DueBy.Field(dueBy)],
            PaymentLink = fee?.Page,
            PaymentAmount = fee is null ? null : context.Service.Fee,
            PaymentDue = fee?.Due,
        };
    }

    /// <summary>
    /// The fee's payment order, named after the application so a repeated submission opens the same one; its capture
    /// sends the application to review. Returns the payment page and what the fee's bill shows.
    /// </summary>
    private async Task<(string Page, PaymentDue Due)> OpenFee(ServiceContext context, string reference, string applicant)
    {
        var order = context.PaymentOrder(FeeReference(reference), reference, applicant, context.Service.Fee, Dates.Format(context.Today)) with
        {
            ApplicationReference = reference,
        };
        return (await grains.GetGrain<IPaymentGrain>(order.Reference).Open(order), PaymentDue.Of(order));
    }

    /// <summary>The payment order of an application's fee: <c>REV-INC-2026-000001-FEE</c>.</summary>
    private static string FeeReference(string applicationReference) => $"{applicationReference}-FEE";

    // What the official reads and, approved, the certificate prints: Aadhaar masked, the name apart (it is the holder).
    private static List<OutcomeField> Printed(ServiceContext context, ServiceInput? nameInput)
    {
        var answers = context.Answers;
        return answers.All
            .Where(a => a.Input != nameInput && FieldLabels.Printed(a.Input))
            .Select(a => FieldLabels.For(a.Input).Field(
                a.Input.Kind == InputKind.Aadhaar ? answers.AadhaarMasked ?? "XXXX XXXX XXXX" : answers.Display(a.Input, a.Value)))
            .ToList();
    }

    private static ServiceInput? Answered(ServiceContext context, InputKind kind) =>
        context.Service.Inputs.FirstOrDefault(i => i.Kind == kind && context.Answers.Of(i) is not null);
}
