namespace ManaMitra.WhatsApp.Messages;

/// <summary>Tells a rendered read receipt (mark-as-read) from a message citizens read, by its body alone.</summary>
public static class ReadReceipts
{
    // WhatsAppRenderer.MarkAsRead writes these fields first and in this order.
    private const string Prefix = "{\"messaging_product\":\"whatsapp\",\"status\":\"read\"";

    public static bool Is(string body) => body.StartsWith(Prefix, StringComparison.Ordinal);
}
