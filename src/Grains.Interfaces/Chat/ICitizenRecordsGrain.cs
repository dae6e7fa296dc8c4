namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// Every application and grievance filed under one citizen's conversation key, so that erasure reaches them all: the
/// conversation lists only the newest ("my applications"), to stay small while resident. Keyed by the conversation
/// key; holds references only.
/// </summary>
public interface ICitizenRecordsGrain : IGrainWithStringKey
{
    /// <summary>Notes a reference; noting it again is harmless.</summary>
    Task Filed(string reference);

    /// <summary>Every reference noted, oldest first.</summary>
    Task<IReadOnlyList<string>> All();

    /// <summary>After erasure: the index goes too (the records keep only what their departments must).</summary>
    Task Forget();

    /// <summary>Drops <paramref name="reference"/>: its record was erased at the end of its retention.</summary>
    Task Expired(string reference);
}
