using System.Globalization;
using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>
/// Every Aadhaar is a resident (the form already checked its Verhoeff digit). About one in <see cref="WithoutMobileOneIn"/>
/// has no mobile linked, as some real residents do, so the sandbox shows what a citizen is told then.
/// </summary>
public sealed class SandboxResidents : IResidentRecords
{
    public const int WithoutMobileOneIn = 8;

    public Task<Resident?> FindByAadhaar(string aadhaarKey)
    {
        var random = SandboxSeed.For("resident", aadhaarKey);
        var name = SandboxNames.Person(random);
        var district = random.Pick(SandboxNames.Districts);
        // Drawn after the name and district, so adding the mobile changed no resident's name.
        var mobile = random.Next(WithoutMobileOneIn) == 0 ? null : random.Next(6, 10).ToString(CultureInfo.InvariantCulture) + random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
        return Task.FromResult<Resident?>(new Resident(name, district, mobile));
    }
}
