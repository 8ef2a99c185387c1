using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// The answers to the last awards a worker's grain wrote or read, so a retry is answered without a
/// read. Only the answer is kept, not the entry: every award a grain remembers outlives a few
/// collections of the GC's young generation, and what survives them is what their pauses are made
/// of. Bounded: a key that has fallen out is found again by the writer's one read per batch.
/// </summary>
internal sealed class RecentAnswers
{
    private const int Capacity = 256;
    private readonly Dictionary<string, Award> _answers = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>The first answer given for the key (<see cref="Award.IsRepeat"/> false).</summary>
    public Award? Find(string key) => _answers.GetValueOrDefault(key);

    public void Add(Award award)
    {
        if (!_answers.TryAdd(award.SourceKey, award.IsRepeat ? award with { IsRepeat = false } : award)) return;
        _order.Enqueue(award.SourceKey);
        if (_order.Count > Capacity) _answers.Remove(_order.Dequeue());
    }
}
