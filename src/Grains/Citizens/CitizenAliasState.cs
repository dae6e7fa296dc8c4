namespace ManaMitra.Grains.Citizens;

[GenerateSerializer]
public sealed class CitizenAliasState
{
    /// <summary>The conversation key this user id resolves to; null until first seen.</summary>
    [Id(0)] public string? ConversationKey { get; set; }
}
