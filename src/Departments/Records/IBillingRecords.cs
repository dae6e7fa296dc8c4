namespace ManaMitra.Departments.Records;

/// <summary>Dues a department bills against an account (electricity service, property assessment, water connection…).</summary>
public interface IBillingRecords
{
    Task<Bill?> FindBill(string departmentId, string serviceId, string accountNumber);

    /// <summary>Where a payment the citizen sizes themselves goes (a donation, stamp paper, a self-assessed tax).</summary>
    Task<Payee> FindPayee(string departmentId, string serviceId);
}

/// <param name="Vpa">The department's UPI address.</param>
public sealed record Payee(string Vpa, string Name);

/// <param name="PayeeVpa">The department's UPI address, where the citizen's money goes.</param>
public sealed record Bill(
    string AccountNumber,
    string HolderName,
    decimal Amount,
    string Period,
    DateOnly DueDate,
    string PayeeVpa,
    string PayeeName);
