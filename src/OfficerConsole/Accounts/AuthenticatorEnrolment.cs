using QRCoder;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// What an authenticator app needs to produce an officer's codes: the key, and the <c>otpauth://</c> URI (Google's
/// Key Uri Format) that carries it, as a QR code. SHA-1, 6 digits and 30 seconds are what Identity's authenticator
/// provider checks and what every authenticator app assumes, so the URI names them only to leave no doubt.
/// </summary>
public static class AuthenticatorEnrolment
{
    public const string Issuer = "ManaMitra";

    // Large enough for a phone held at arm's length against a laptop screen; the code is about 45 modules a side.
    private const int PixelsPerModule = 6;

    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{Escape(Issuer)}:{Escape(userName)}?secret={key}&issuer={Escape(Issuer)}&algorithm=SHA1&digits=6&period=30";

    /// <summary>The key in groups of four, as people type it in; apps ignore the spaces.</summary>
    public static string Readable(string key) =>
        string.Join(' ', key.Chunk(4).Select(group => new string(group)));

    /// <summary>
    /// A PNG served from the console itself: a data: URI would need the content security policy to allow data:
    /// images, and a third-party QR service would see the secret.
    /// </summary>
    public static byte[] QrPng(string uri)
    {
        // Error correction M: the URI is short, so a sturdier code costs little and survives a glossy screen.
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }

    private static string Escape(string text) => System.Uri.EscapeDataString(text);
}
