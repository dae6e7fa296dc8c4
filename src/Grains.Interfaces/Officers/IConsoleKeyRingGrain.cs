namespace ManaMitra.Interfaces.Officers;

/// <summary>
/// The ASP.NET Core data-protection keys that encrypt the officer console's cookies and antiforgery tokens, kept in
/// the cluster so that every frontend behind the load balancer reads a session another one issued. Keyed by
/// <see cref="Key"/>: one key ring.
/// </summary>
public interface IConsoleKeyRingGrain : IGrainWithStringKey
{
    public const string Key = "officer-console";

    /// <summary>Each key as the XML element data protection wrote.</summary>
    Task<IReadOnlyList<string>> Keys();

    /// <summary>Adds a key under its friendly name; storing the same name again keeps the first.</summary>
    Task Store(string friendlyName, string element);
}
