using System.Globalization;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>
/// Any account number of 6 to 16 digits whose last digit is its Luhn check digit has last month's bill due.
/// </summary>
public sealed class SandboxBilling(TimeProvider time) : IBillingRecords
{
    public Task<Bill?> FindBill(string departmentId, string serviceId, string accountNumber)
    {
        var number = SandboxSeed.Compact(accountNumber);
        if (number.Length is < 6 or > 16 || !SandboxSeed.HasCheckDigit(number))
        {
            return Task.FromResult<Bill?>(null);
        }

        var random = SandboxSeed.For("bill", serviceId, number);
        var today = Dates.Today(time.GetUtcNow());
        var billed = today.AddMonths(-1);
        var amount = random.Next(15_000, 500_000) / 100m;
        return Task.FromResult<Bill?>(new Bill(
            number,
            SandboxNames.Person(random),
            amount,
            billed.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            new DateOnly(today.Year, today.Month, 1).AddDays(19)));
    }
}
