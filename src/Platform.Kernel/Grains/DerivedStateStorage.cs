namespace Platform.Kernel.Grains;

/// <summary>
/// The grain storage for state derived from an append-only history and kept by a follower that
/// records its position after the state (the branch and enterprise totals, kept from the ledger).
/// Its writes commit without waiting for their own WAL flush (PostgreSQL's asynchronous commit):
/// the follower's position is then recorded by a synchronous commit, whose flush covers every
/// write before it in the log, so nothing past the recorded position is ever lost; a crash before
/// it hands the same changes over again, and the state skips what it has. Not for state that is
/// the only record of anything: that belongs in the default storage, each write flushed.
/// </summary>
public static class DerivedStateStorage
{
    public const string Name = "derived";
}
