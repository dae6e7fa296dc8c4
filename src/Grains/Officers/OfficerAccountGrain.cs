using ManaMitra.Interfaces.Officers;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Officers;

/// <summary>An officer's account, persisted; the roster lists it from its creation on.</summary>
public sealed class OfficerAccountGrain(
    [PersistentState(OfficerAccountGrain.StateName, StorageNames.Citizens)] IPersistentState<OfficerAccountState> state)
    : Grain, IOfficerAccountGrain
{
    // One state name per grain class (Orleans issue 8746).
    public const string StateName = "officer-account";

    public Task<OfficerAccount?> Get() => Task.FromResult(state.State.Account);

    public async Task<bool> Create(OfficerAccount account)
    {
        if (state.State.Account is not null)
        {
            return false;
        }

        state.State.Account = account;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IOfficerRosterGrain>(IOfficerRosterGrain.Key)
            .Add(new OfficerListing(account.UserName, account.DisplayName, account.Role, account.DepartmentId, account.OfficeId));
        return true;
    }

    public async Task<bool> Update(OfficerAccount account)
    {
        if (state.State.Account is null)
        {
            return false;
        }

        state.State.Account = account;
        await state.WriteStateAsync();
        return true;
    }
}

[GenerateSerializer]
public sealed class OfficerAccountState
{
    [Id(0)] public OfficerAccount? Account { get; set; }
}
