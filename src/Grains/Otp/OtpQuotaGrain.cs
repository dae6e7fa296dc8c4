using ManaMitra.Conversations.Forms;
using ManaMitra.Interfaces.Otp;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Otp;

/// <inheritdoc cref="IOtpQuotaGrain"/>
public sealed class OtpQuotaGrain(
    [PersistentState(OtpQuotaGrain.StateName, StorageNames.Citizens)] IPersistentState<OtpQuotaState> state,
    TimeProvider time) : Grain, IOtpQuotaGrain
{
    // One state name per grain class (Orleans issue 8746).
    public const string StateName = "otp-quota";

    public async Task<DateTimeOffset?> Reserve(int limit, TimeSpan window)
    {
        var now = time.GetUtcNow();
        if (SendWindow.NextAt(state.State.Sent, now, limit, window) is { } later)
        {
            return later;
        }

        SendWindow.Record(state.State.Sent, now, window);
        await state.WriteOrDeactivate(this);
        return null;
    }

    public async Task<bool> Expire(DateTimeOffset quietSince)
    {
        // Sends older than the window no longer count; once none is newer, the row only says who asked for codes.
        if (!state.RecordExists || state.State.Sent.Any(sent => sent >= quietSince))
        {
            return false;
        }

        await state.ClearStateAsync();
        return true;
    }
}
