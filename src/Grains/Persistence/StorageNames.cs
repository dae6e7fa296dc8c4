namespace ManaMitra.Persistence;

/// <summary>Names of the grain storage providers, shared by grains and host configuration.</summary>
public static class StorageNames
{
    /// <summary>Per-citizen chat state (CitizenChatGrain).</summary>
    public const string Citizens = "citizens";
}
