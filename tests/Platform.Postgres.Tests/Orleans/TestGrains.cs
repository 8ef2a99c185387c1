using System.Collections.Concurrent;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace Platform.Postgres.Tests.Orleans;

// Test grains for the ADO.NET providers. Persisted names carry [Alias] so that stored state and
// reminders survive renames of these classes.

[GenerateSerializer, Alias("tests.TextState")]
public sealed class TextState
{
    [Id(0)] public string? Text { get; set; }
}

[Alias("tests.ITextGrain")]
public interface ITextGrain : IGrain
{
    Task<string?> Read();

    Task Write(string text);

    Task Clear();
}

[Alias("tests.IGuidTextGrain")]
public interface IGuidTextGrain : ITextGrain, IGrainWithGuidKey;

[Alias("tests.IStringTextGrain")]
public interface IStringTextGrain : ITextGrain, IGrainWithStringKey;

public abstract class TextGrain(IPersistentState<TextState> state) : Grain, ITextGrain
{
    // Reads go to the database, not the activation's copy: the tests check what is stored.
    public async Task<string?> Read()
    {
        await state.ReadStateAsync();
        return state.State.Text;
    }

    public Task Write(string text)
    {
        state.State.Text = text;
        return state.WriteStateAsync();
    }

    public Task Clear() => state.ClearStateAsync();
}

public sealed class GuidTextGrain([PersistentState("text", OrleansTestSilo.Storage)] IPersistentState<TextState> state)
    : TextGrain(state), IGuidTextGrain;

public sealed class StringTextGrain([PersistentState("text", OrleansTestSilo.Storage)] IPersistentState<TextState> state)
    : TextGrain(state), IStringTextGrain;

[Alias("tests.IReminderGrain")]
public interface IReminderGrain : IGrainWithStringKey
{
    Task Register(string name, TimeSpan dueTime, TimeSpan period);

    Task Unregister(string name);

    Task<bool> Has(string name);
}

public sealed class ReminderGrain(ILocalSiloDetails silo) : Grain, IReminderGrain, IRemindable
{
    public Task Register(string name, TimeSpan dueTime, TimeSpan period) =>
        this.RegisterOrUpdateReminder(name, dueTime, period);

    public async Task Unregister(string name)
    {
        var reminder = await this.GetReminder(name) ?? throw new InvalidOperationException($"No reminder '{name}'.");
        await this.UnregisterReminder(reminder);
    }

    public async Task<bool> Has(string name) => await this.GetReminder(name) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderTicks.Signal($"{this.GetPrimaryKeyString()}/{reminderName}", silo.SiloAddress);
        return Task.CompletedTask;
    }
}

/// <summary>Lets a test await a reminder tick; ticks nobody waits for are ignored.</summary>
public static class ReminderTicks
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<SiloAddress>> Waiters = new();

    public static Task<SiloAddress> Next(string grainKey, string reminderName) =>
        Waiters.GetOrAdd($"{grainKey}/{reminderName}", _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    internal static void Signal(string key, SiloAddress silo)
    {
        if (Waiters.TryRemove(key, out var waiter))
            waiter.TrySetResult(silo);
    }
}

[Alias("tests.IWhereGrain")]
public interface IWhereGrain : IGrainWithIntegerKey
{
    Task<SiloAddress> Silo();
}

// Random placement spreads activations over every silo the placing silo knows to be active.
[RandomPlacement]
public sealed class WhereGrain(ILocalSiloDetails silo) : Grain, IWhereGrain
{
    public Task<SiloAddress> Silo() => Task.FromResult(silo.SiloAddress);
}
