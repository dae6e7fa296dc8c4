namespace ManaMitra.Departments.Records;

/// <summary>The state's resident register, looked up by the keyed hash of an Aadhaar number (never the number itself).</summary>
public interface IResidentRecords
{
    Task<Resident?> FindByAadhaar(string aadhaarKey);
}

/// <param name="LinkedMobile">
/// The mobile number (10 digits) linked to the resident's Aadhaar, where one-time codes go; null when none is linked,
/// and then no service that asks for a code can be completed for this Aadhaar.
/// </param>
public sealed record Resident(string Name, string District, string? LinkedMobile);
