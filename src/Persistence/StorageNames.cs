namespace ManaMitra.Persistence;

/// <summary>Names of the grain storage providers, shared by grains and host configuration.</summary>
public static class StorageNames
{
    /// <summary>Citizens' conversations (<c>CitizenChatGrain</c>, state name <c>citizen-chat</c>).</summary>
    public const string Citizens = "citizens";
}
