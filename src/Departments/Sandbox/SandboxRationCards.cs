using System.Globalization;
using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>
/// Every resident's household holds a ration card; every number of 6 to 16 digits with a check digit is a card.
/// A card is drawn from its number alone, so finding it by a member's Aadhaar or by its number gives the same card.
/// </summary>
public sealed class SandboxRationCards : IRationCardRecords
{
    public Task<RationCard?> FindByAadhaar(string aadhaarKey)
    {
        var random = SandboxSeed.For("ration-card", aadhaarKey);
        var number = SandboxSeed.WithCheckDigit("28" + random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture));
        return Task.FromResult<RationCard?>(Card(number));
    }

    public Task<RationCard?> FindByNumber(string cardNumber)
    {
        var number = SandboxSeed.Compact(cardNumber);
        return Task.FromResult<RationCard?>(number.Length is >= 6 and <= 16 && SandboxSeed.HasCheckDigit(number) ? Card(number) : null);
    }

    private static RationCard Card(string number)
    {
        var random = SandboxSeed.For("ration-card-number", number);
        var type = random.Pick(SandboxRecords.Shipped.RationCardTypes);
        return new RationCard(
            number,
            SandboxNames.Person(random),
            random.Next(1, 8),
            type,
            $"FP Shop {random.Next(1, 900)}, {random.Pick(SandboxNames.Villages)}");
    }
}
