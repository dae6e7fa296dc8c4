using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>Every Aadhaar is a resident (the form already checked its Verhoeff digit).</summary>
public sealed class SandboxResidents : IResidentRecords
{
    public Task<Resident?> FindByAadhaar(string aadhaarKey)
    {
        var random = SandboxSeed.For("resident", aadhaarKey);
        return Task.FromResult<Resident?>(new Resident(SandboxNames.Person(random), random.Pick(SandboxNames.Districts)));
    }
}
