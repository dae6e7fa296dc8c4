using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// A shared location: the value is "lat,lon" (six decimals, about 10 cm), the display its name or address. A citizen
/// who cannot share one (a phone without location, a place they are not at) may type the area's PIN code instead: the
/// value is then its six digits, which routes to the offices serving that PIN.
/// </summary>
public sealed class LocationValidator(FormText reasons) : IFieldValidator
{
    private readonly PinCodeValidator _pin = new(reasons);

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (message.Kind == InboundKind.Text)
        {
            // A typed answer is a PIN or nothing: the PIN's own reasons would mislead someone who meant an address.
            return _pin.Check(input, message) is Accepted pin ? new Accepted(pin.Value, $"📮 PIN {pin.Value}") : new Rejected(reasons.LocationType);
        }

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
