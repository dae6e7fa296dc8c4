using ManaMitra.Languages;

namespace ManaMitra.Departments.Records;

/// <summary>Civil Supplies' household ration cards.</summary>
public interface IRationCardRecords
{
    Task<RationCard?> FindByAadhaar(string aadhaarKey);

    /// <summary>The card by its own number (the rice card number printed on it).</summary>
    Task<RationCard?> FindByNumber(string cardNumber);
}

public sealed record RationCard(string Number, string HeadOfFamily, int Members, LocalizedText CardType, string FairPriceShop);
