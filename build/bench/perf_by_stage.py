"""Reads `perf script -F comm,pid,tid,ip,sym,dso` and says which stage of the write path one process
spent its CPU in: each sample goes to the innermost frame that names a stage (the worker's grain,
the group commit, the daemon, GraphQL...). The per-library view (perf_by_assembly.py) says what the
time was spent on; this one says on whose behalf. Samples naming no stage are counted by thread
kind: the server GC's threads are the collections themselves."""
import collections
import sys

from perf_samples import samples

# Innermost first wins, so a stage's own frames must be listed before the frameworks that run it.
STAGES = [
    ("worker's grain (rules, caps)", ["WorkerPointsGrain", "CapCounts"]),
    ("group commit (events, entries, balances)", ["LedgerWriter", "LedgerRows", "BalanceDeltas", "BalanceTable"]),
    # Only the totals keep Orleans grain state: its storage's frames are theirs.
    ("totals' grains", ["TotalsGrain", "Rollup", "AdoNetGrainStorage"]),
    ("leaderboards' grains and follower", ["LeaderboardGrain", "LeaderboardFollower", "BoardStandings", "BoardOrder", "ChangePlacement", "BoardPlacement", "BoardFold"]),
    ("ledger tail (pages for the followers)", ["LedgerTail", "LedgerPages", "FollowerCalls"]),
    ("async daemon (reading the events back)", ["JasperFx", "Marten.Events.Daemon", "LedgerSubscription"]),
    ("registry read", ["WorkerReads", "Platform.Organization"]),
    ("intake resolver", ["BatchIntake", "IntakeRecordCheck", "IntakeFields"]),
    ("GraphQL", ["GraphQL"]),
    ("bench clients", ["Platform.Bench"]),
    ("HTTP", ["Kestrel", "AspNetCore"]),
    ("Orleans (messaging, scheduling, storage)", ["Orleans"]),
    ("Npgsql (no stage above)", ["Npgsql"]),
]

pid = sys.argv[1]
stages = collections.Counter()
total = 0


def stage(thread, frames):
    for frame in frames:
        for name, markers in STAGES:
            if any(marker in frame for marker in markers):
                return name
    return f"no stage: thread {thread}"


for thread, frames in samples(sys.stdin, pid):
    total += 1
    stages[stage(thread, frames)] += 1

print(f"{total} samples of process {pid}")
for name, count in stages.most_common(40):
    print(f"{count / max(total, 1) * 100:5.1f}%  {name}")
