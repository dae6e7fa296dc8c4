using System.Globalization;
using System.Security.Cryptography;
using ManaMitra.Grains.Documents;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>
/// The contract's configuration for a local run, as environment variables of each process. The secrets are made
/// fresh for every run but once for all its processes: silos and frontend must agree on the Aadhaar and citizen hash keys,
/// the state encryption key and the document keys, or a document one issues would not verify on another.
/// </summary>
public sealed record SystemSettings(string AppSecret, string AccessToken, string PhoneNumberId, int SinkPort, string ApiVersion)
{
    /// <summary>The Graph API version a local system is told to call the fake Cloud API with.</summary>
    public const string LocalApiVersion = "v21.0";

    private readonly string _aadhaarHashKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    private readonly string _linkKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    private readonly string _stateKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string _citizenKeyHashKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    private readonly string _signingKeyPem = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();

    /// <summary>Whether the system marks each message it answers as read: a read receipt to the Cloud API before the replies.</summary>
    public bool ReadReceipts { get; init; } = true;

    /// <summary>A random secret (app secret, access token), made fresh for each run.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>The one-process system: frontend and embedded silo, in-memory storage.</summary>
    public IEnumerable<KeyValuePair<string, string>> EmbeddedFrontend(Uri listenOn) =>
        Host(listenOn).Concat(Webhooks()).Concat(Sending()).Concat(OrleansPorts());

    /// <summary>
    /// A silo of a PostgreSQL-backed cluster; it runs the grains, so it sends the replies, and the document links in
    /// them point at the frontend (<paramref name="frontend"/>): a silo has no public address of its own.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Silo(Uri listenOn, PostgresTarget cluster, Uri frontend) =>
        Host(listenOn).Concat(Sending()).Concat(OrleansPorts()).Concat(cluster.Environment()).Append(PublicBaseUrl(frontend));

    /// <summary>The frontend as an Orleans client of that cluster: it verifies webhooks and routes them to the silos.</summary>
    public IEnumerable<KeyValuePair<string, string>> ClientFrontend(Uri listenOn, PostgresTarget cluster) =>
        Host(listenOn).Concat(Webhooks()).Concat(cluster.Environment()).Append(PublicBaseUrl(listenOn));

    /// <summary>
    /// The frontend as a silo of that cluster (<c>ManaMitra__Frontend__HostsSilo</c>): a silo's settings, since it runs
    /// the grains and sends, and a frontend's, since it verifies the webhooks.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> SiloHostingFrontend(Uri listenOn, PostgresTarget cluster) =>
        Silo(listenOn, cluster, listenOn).Concat(Webhooks()).Append(new("ManaMitra__Frontend__HostsSilo", "true"));

    /// <summary>
    /// The ladder benchmark's reference bot, by the names ManaMitra's hosts read: it checks webhooks, writes to
    /// <paramref name="connectionString"/> and sends its replies itself. Server GC, as the Web SDK gives ManaMitra's hosts.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> ReferenceBot(Uri listenOn, string connectionString) =>
        Host(listenOn).Concat(Webhooks()).Concat(Sending())
            .Append(new("ConnectionStrings__ManaMitra", connectionString))
            .Append(new("DOTNET_gcServer", "1"));

    private static KeyValuePair<string, string> PublicBaseUrl(Uri frontend) => new("ManaMitra__PublicBaseUrl", frontend.GetLeftPart(UriPartial.Authority));

    private IEnumerable<KeyValuePair<string, string>> Host(Uri listenOn)
    {
        yield return new("ASPNETCORE_URLS", listenOn.GetLeftPart(UriPartial.Authority));
        yield return new("ASPNETCORE_ENVIRONMENT", "Production");
        yield return new("Logging__LogLevel__Default", "Warning");
        // The secrets a production host refuses to start without.
        yield return new("ManaMitra__AadhaarHashKey", _aadhaarHashKey);
        yield return new("ManaMitra__Documents__LinkKey", _linkKey);
        yield return new("ManaMitra__Documents__Keys__0__Kid", "load-test");
        yield return new("ManaMitra__Documents__Keys__0__Pem", _signingKeyPem);
        yield return new("ManaMitra__StateEncryption__Keys__load-test", _stateKey);
        yield return new("ManaMitra__StateEncryption__CurrentKeyId", "load-test");
        yield return new("ManaMitra__CitizenKeyHashKey", _citizenKeyHashKey);
    }

    private IEnumerable<KeyValuePair<string, string>> Webhooks()
    {
        yield return new("WhatsApp__AppSecret", AppSecret);
    }

    private IEnumerable<KeyValuePair<string, string>> Sending()
    {
        yield return new("WhatsApp__AccessToken", AccessToken);
        yield return new("WhatsApp__PhoneNumberId", PhoneNumberId);
        yield return new("WhatsApp__GraphApiBaseUrl", $"http://127.0.0.1:{Port(SinkPort)}");
        yield return new("WhatsApp__ApiVersion", ApiVersion);
        // The sink is not Meta: pacing sends to a real number's tier (80/s by default) would measure the tier, not us.
        yield return new("ManaMitra__Outbound__MessagesPerSecond", "1000000");
        // A production silo refuses to start without an SMS gateway; the scripts never reach a one-time code, so
        // nothing listens at this address.
        yield return new("ManaMitra__Sms__BaseUrl", "http://127.0.0.1:9");
        yield return new("ManaMitra__Sms__ApiKey", NewSecret());
        yield return new("ManaMitra__Sms__SenderId", "MNMTRA");
        yield return new("ManaMitra__Sms__TemplateId", "1207000000000000001");
        // Scripted citizens with sub-second think times would trip the per-citizen flood guard meant for abuse.
        yield return new("ManaMitra__Chat__FloodLimit", "1000000");
        if (!ReadReceipts)
        {
            yield return new("ManaMitra__Chat__MarkAsRead", "false");
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> OrleansPorts()
    {
        yield return new("Orleans__SiloPort", Port(FreePort.Next()));
        yield return new("Orleans__GatewayPort", Port(FreePort.Next()));
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
