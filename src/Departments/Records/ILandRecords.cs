using ManaMitra.Languages;

namespace ManaMitra.Departments.Records;

/// <summary>Revenue's land register: one parcel per village and survey number (the Adangal and 1-B extracts).</summary>
public interface ILandRecords
{
    Task<LandParcel?> Find(string village, string surveyNumber);
}

public sealed record LandParcel(
    string Village,
    string SurveyNumber,
    string KhataNumber,
    string Pattadar,
    decimal ExtentAcres,
    LocalizedText LandClass,
    LocalizedText Crop);
