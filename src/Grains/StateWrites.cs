namespace ManaMitra.Grains;

/// <summary>How a grain writes a change it has already made in memory.</summary>
public static class StateWrites
{
    /// <summary>
    /// Writes the state; when the write fails, whether it was saved is unknown, so the activation is dropped and the
    /// next call starts from what storage holds instead of from a change that may never have been saved (places sold
    /// from a count never written, a number handed out twice).
    /// </summary>
    public static async Task WriteOrDeactivate<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
