using ManaMitra.Departments.Documents;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Records;
using ManaMitra.Departments.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ManaMitra.Departments;

public static class DepartmentServiceCollectionExtensions
{
    /// <summary>
    /// The handlers behind <see cref="IDepartmentServiceGrain"/>, and the sandbox department back-end for every
    /// record interface not registered already: a deployment registers its real adapters first and they win.
    /// </summary>
    public static IServiceCollection AddManaMitraDepartments(this IServiceCollection services)
    {
        services.TryAddSingleton<IResidentRecords, SandboxResidents>();
        services.TryAddSingleton<IStudentRecords, SandboxStudents>();
        services.TryAddSingleton<IBillingRecords, SandboxBilling>();
        services.TryAddSingleton<IRationCardRecords, SandboxRationCards>();
        services.TryAddSingleton<ILandRecords, SandboxLandRecords>();
        services.TryAddSingleton<ISlotInventory, SandboxSlotInventory>();

        services.TryAddSingleton<ReferenceNumbers>();
        services.TryAddSingleton<GrievanceOffices>();
        services.TryAddSingleton<EvidenceCollector>();
        services.TryAddSingleton<ApplicationLookup>();
        services.TryAddSingleton<ReferenceStatus>();
        services.TryAddSingleton<StudentDocuments>();
        services.TryAddSingleton<LandDocuments>();
        services.TryAddSingleton<RationCardDocuments>();
        services.TryAddSingleton<BillDocuments>();
        services.TryAddSingleton<ResidentDocuments>();

        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IServiceHandler, ApplicationHandler>(),
            ServiceDescriptor.Singleton<IServiceHandler, FetchDocumentHandler>(),
            ServiceDescriptor.Singleton<IServiceHandler, PayBillHandler>(),
            ServiceDescriptor.Singleton<IServiceHandler, BookSlotHandler>(),
            ServiceDescriptor.Singleton<IServiceHandler, TrackStatusHandler>(),
            ServiceDescriptor.Singleton<IServiceHandler, RaiseGrievanceHandler>(),
            ServiceDescriptor.Singleton<IServiceHandler, InformationHandler>(),
        ]);
        return services;
    }
}
