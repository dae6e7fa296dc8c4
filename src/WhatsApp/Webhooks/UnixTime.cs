namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>Meta's timestamps: Unix seconds written as a decimal string.</summary>
public static class UnixTime
{
    public static bool TryParse(string? seconds, out DateTimeOffset at)
    {
        at = default;
        if (!long.TryParse(seconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        at = DateTimeOffset.FromUnixTimeSeconds(value);
        return true;
    }
}
