using System.Globalization;
using ManaMitra.Departments;

namespace ManaMitra.Sandbox;

/// <summary>Every resident's household holds a ration card.</summary>
public sealed class SandboxRationCards : IRationCardRecords
{
    private static readonly (string En, string Te)[] Types = [("White (BPL)", "తెల్ల (బీపీఎల్)"), ("Antyodaya Anna Yojana", "అంత్యోదయ అన్న యోజన")];

    public Task<RationCard?> FindByAadhaar(string aadhaarKey)
    {
        var random = SandboxSeed.For("ration-card", aadhaarKey);
        var number = SandboxSeed.WithCheckDigit("28" + random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture));
        var type = random.Pick(Types);
        return Task.FromResult<RationCard?>(new RationCard(
            number,
            SandboxNames.Person(random),
            random.Next(1, 8),
            type.En,
            type.Te,
            $"FP Shop {random.Next(1, 900)}, {random.Pick(SandboxNames.Villages)}"));
    }
}
