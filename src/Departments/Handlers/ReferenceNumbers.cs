using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Short numbers citizens can read out on a phone call: a series per department, service and year
/// ("REV-INC-2026-000123"), each number handed out once by the series' grain.
/// </summary>
public sealed class ReferenceNumbers(IGrainFactory grains)
{
    public async Task<string> Next(string series, string requestId)
    {
        var number = await grains.GetGrain<IReferenceSeriesGrain>(series).Next(requestId);
        return string.Create(CultureInfo.InvariantCulture, $"{series}-{number:D6}");
    }

    /// <summary>A series for one service's applications: codes from the ids, e.g. revenue/income-certificate → REV-INC.</summary>
    public static string Series(Department department, Service service, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{DepartmentCode(department.Id)}-{ServiceCode(service.Id)}-{year}");

    /// <summary>A series shared by a department's services of one kind, e.g. ENE-PAY-2026.</summary>
    public static string Series(Department department, string kind, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{DepartmentCode(department.Id)}-{kind}-{year}");

    // Two departments or services whose codes coincide share one series; their numbers stay unique, which is all a
    // reference needs. revenue → REV, school-education → SE.
    private static string DepartmentCode(string id)
    {
        var words = id.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return (words.Length == 1 ? Prefix(words[0]) : string.Concat(words.Take(3).Select(w => w[0]))).ToUpperInvariant();
    }

    // income-certificate → INC, caste-certificate → CAS: the first word says which certificate.
    private static string ServiceCode(string id) => Prefix(id.Split('-', StringSplitOptions.RemoveEmptyEntries)[0]).ToUpperInvariant();

    private static string Prefix(string word) => word[..Math.Min(3, word.Length)];
}
