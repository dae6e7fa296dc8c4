using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>A shared location: the value is "lat,lon" (six decimals, about 10 cm), the display its name or address.</summary>
public sealed class LocationValidator(FormText reasons) : IFieldValidator
{
    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (message.Kind != InboundKind.Location || message.Location is not { } point)
        {
            return new Rejected(reasons.LocationType);
        }

        if (!(Math.Abs(point.Latitude) <= 90 && Math.Abs(point.Longitude) <= 180))
        {
            return new Rejected(reasons.LocationUnreadable);
        }

        var value = string.Create(CultureInfo.InvariantCulture, $"{point.Latitude:F6},{point.Longitude:F6}");
        var display = new[] { point.Name, point.Address }.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? value;
        return new Accepted(value, "📍 " + display);
    }
}
