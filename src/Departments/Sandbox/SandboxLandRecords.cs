using System.Globalization;
using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>Every survey number that starts with a digit (12, 45/2, 103/1A) is a parcel in every village.</summary>
public sealed class SandboxLandRecords : ILandRecords
{
    public Task<LandParcel?> Find(string village, string surveyNumber)
    {
        var survey = surveyNumber.Trim().ToUpperInvariant();
        var place = village.Trim();
        if (survey.Length == 0 || !char.IsAsciiDigit(survey[0]) || place.Length == 0)
        {
            return Task.FromResult<LandParcel?>(null);
        }

        var random = SandboxSeed.For("land", place.ToUpperInvariant(), survey);
        var landClass = random.Pick(SandboxRecords.Shipped.LandClasses);
        var crop = random.Pick(SandboxRecords.Shipped.Crops);
        return Task.FromResult<LandParcel?>(new LandParcel(
            place,
            survey,
            random.Next(1, 3000).ToString(CultureInfo.InvariantCulture),
            SandboxNames.Person(random),
            random.Next(10, 1000) / 100m,
            landClass,
            crop));
    }
}
