namespace ManaMitra.Departments.Records;

/// <summary>Dues a department bills against an account (electricity service, property assessment, water connection…).</summary>
public interface IBillingRecords
{
    Task<Bill?> FindBill(string departmentId, string serviceId, string accountNumber);
}

/// <summary>A bill due; the payment gateway, not the bill, says where the money goes.</summary>
public sealed record Bill(
    string AccountNumber,
    string HolderName,
    decimal Amount,
    string Period,
    DateOnly DueDate);
