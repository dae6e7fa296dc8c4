namespace ManaMitra.Departments.Records;

/// <summary>The state's resident register, looked up by the keyed hash of an Aadhaar number (never the number itself).</summary>
public interface IResidentRecords
{
    Task<Resident?> FindByAadhaar(string aadhaarKey);
}

public sealed record Resident(string Name, string District);
