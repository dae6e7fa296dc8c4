using System.Globalization;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>The contract's configuration for a local run, as environment variables of the frontend process.</summary>
public sealed record FrontendSettings(string AppSecret, string AccessToken, string PhoneNumberId, int SinkPort, string ApiVersion)
{
    public IEnumerable<KeyValuePair<string, string>> Environment(Uri listenOn)
    {
        var port = (int p) => p.ToString(CultureInfo.InvariantCulture);
        yield return new("ASPNETCORE_URLS", listenOn.GetLeftPart(UriPartial.Authority));
        yield return new("ASPNETCORE_ENVIRONMENT", "Production");
        yield return new("WhatsApp__AppSecret", AppSecret);
        // The secrets a production host refuses to start without; made fresh for every run.
        yield return new("ManaMitra__AadhaarHashKey", Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        yield return new("ManaMitra__Documents__LinkKey", Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        yield return new("ManaMitra__Documents__Keys__0__Kid", "load-test");
        yield return new("ManaMitra__Documents__Keys__0__Pem", System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        yield return new("WhatsApp__AccessToken", AccessToken);
        yield return new("WhatsApp__PhoneNumberId", PhoneNumberId);
        yield return new("WhatsApp__GraphApiBaseUrl", $"http://127.0.0.1:{port(SinkPort)}");
        yield return new("WhatsApp__ApiVersion", ApiVersion);
        yield return new("Orleans__SiloPort", port(FreePort.Next()));
        yield return new("Orleans__GatewayPort", port(FreePort.Next()));
        yield return new("Logging__LogLevel__Default", "Warning");
        // The sink is not Meta: pacing sends to a real number's tier (80/s by default) would measure the tier, not us.
        yield return new("ManaMitra__Outbound__MessagesPerSecond", "1000000");
        // Scripted citizens with sub-second think times would trip the per-citizen flood guard meant for abuse.
        yield return new("ManaMitra__Chat__FloodLimit", "1000000");
    }
}
