using ManaMitra.Catalog;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;

namespace ManaMitra.Tests.Departments;

[Collection(ChatClusterCollection.Name)]
public sealed class ApplicationHandlerTests(ChatCluster cluster)
{
    private static readonly DepartmentText DepartmentText = ShippedLanguages.Texts.Departments;

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task A_certificate_asked_by_hall_ticket_is_applied_for_in_the_students_name()
    {
        var (department, pass) = Catalog.FindService("inter-pass-certificate")!.Value;
        var student = await new SandboxStudents().FindByHallTicket(SampleAnswers.HallTicket);

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(pass, "919400000001"));

        Assert.Equal(OutcomeStatus.Submitted, outcome.Status);
        Assert.Null(outcome.Document);
        var application = (await cluster.Grains.GetGrain<IApplicationGrain>(outcome.Reference!).View())!;
        Assert.Equal(student!.Name, application.Submission.ApplicantName);
        Assert.Contains(application.Submission.Answers, f => f.Label.En == "Hall ticket number" && f.Value == SampleAnswers.HallTicket);
    }

    [Fact]
    public async Task An_application_is_in_the_typed_name_even_when_a_number_is_asked_first()
    {
        // RC transfer asks for the vehicle number before the new owner's name; the number is a field, not the holder.
        var (department, transfer) = Catalog.FindService("rc-transfer")!.Value;
        var answers = SampleAnswers.For(transfer, "919400000004");
        answers["vehicle-number"] = "AP39AB1234";
        answers["applicant-name"] = "K. Ramesh";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(transfer, "919400000004", answers: answers));

        Assert.Equal(OutcomeStatus.Submitted, outcome.Status);
        var application = (await cluster.Grains.GetGrain<IApplicationGrain>(outcome.Reference!).View())!;
        Assert.Equal("K. Ramesh", application.Submission.ApplicantName);
        Assert.Contains(application.Submission.Answers, f => f.Value == "AP39AB1234");
        Assert.DoesNotContain(application.Submission.Answers, f => f.Value == "K. Ramesh");
    }

    [Fact]
    public async Task A_certificate_asked_by_hall_ticket_needs_the_students_own_date_of_birth()
    {
        var (department, migration) = Catalog.FindService("inter-migration-certificate")!.Value;
        var answers = SampleAnswers.For(migration, "919400000002");
        answers["date-of-birth"] = SampleAnswers.Iso(SampleAnswers.SampleStudentBirth.AddDays(-1));

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(migration, "919400000002", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
        Assert.Equal(DepartmentText.HallTicketNotFound.Te, outcome.Message.Te);
        Assert.Null(outcome.Document);
    }

    [Fact]
    public async Task A_recounting_asked_by_an_unknown_hall_ticket_is_declined()
    {
        var (department, recount) = Catalog.FindService("inter-recounting")!.Value;
        var answers = SampleAnswers.For(recount, "919400000003");
        answers["hall-ticket"] = "2610100015";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(recount, "919400000003", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
        Assert.Null(outcome.Reference);
    }
}
