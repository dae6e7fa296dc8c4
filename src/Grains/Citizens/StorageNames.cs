namespace ManaMitra.Citizens;

/// <summary>Names of the grain storage providers and of each grain class's state.</summary>
public static class StorageNames
{
    /// <summary>The storage provider holding citizens' conversations.</summary>
    public const string Citizens = "citizens";

    // One state name per grain class: two classes with the same key and state name on one provider share a row
    // (Orleans issue 8746), so each class gets its own.
    public const string CitizenChatState = "citizen-chat";
}
