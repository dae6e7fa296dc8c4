namespace ManaMitra.Departments;

/// <summary>Civil Supplies' household ration cards.</summary>
public interface IRationCardRecords
{
    Task<RationCard?> FindByAadhaar(string aadhaarKey);
}

public sealed record RationCard(string Number, string HeadOfFamily, int Members, string CardTypeEn, string CardTypeTe, string FairPriceShop);
