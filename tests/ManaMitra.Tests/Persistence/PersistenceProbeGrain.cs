using ManaMitra.Persistence.Contracts;
using ManaMitra.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Orleans.Runtime;

namespace ManaMitra.Tests.Persistence;

public interface IPersistenceProbeGrain : IGrainWithStringKey
{
    Task Save(string value);
    Task<string?> Load();
    Task<Guid> Activation();
    Task StartTicking(TimeSpan period);
    Task<int> Ticks();

    /// <summary>Runs a statement on the silo's database, so a test can make PostgreSQL refuse something inside a grain.</summary>
    Task Execute(string sql);
}

[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)] public string? Value { get; set; }
    [Id(1)] public int Ticks { get; set; }
}

/// <summary>A state that says whether it holds work still to be done, as a conversation's outbox does.</summary>
[GenerateSerializer]
public sealed class PendingProbeState : IPendingWork
{
    [Id(0)] public bool Pending { get; set; }

    public bool HasPendingWork => Pending;
}

/// <summary>Exercises storage and reminders the way CitizenChatGrain will: named "citizens" storage.</summary>
public sealed class PersistenceProbeGrain(
    [PersistentState("probe", StorageNames.Citizens)] IPersistentState<ProbeState> state,
    IConfiguration configuration)
    : Grain, IPersistenceProbeGrain, IRemindable
{
    private readonly Guid _activation = Guid.NewGuid();

    public async Task Save(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
        // Deactivate right after the call so the next one must read from PostgreSQL.
        DeactivateOnIdle();
    }

    public Task<string?> Load() => Task.FromResult(state.State.Value);

    public Task<Guid> Activation() => Task.FromResult(_activation);

    public async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("ManaMitra"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task StartTicking(TimeSpan period) => this.RegisterOrUpdateReminder("tick", period, period);

    // Ticks are read from storage, not memory, so a reminder that fires on a new activation counts.
    public async Task<int> Ticks()
    {
        await state.ReadStateAsync();
        return state.State.Ticks;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        await state.WriteStateAsync();
    }
}
