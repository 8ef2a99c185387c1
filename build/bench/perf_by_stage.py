"""Reads `perf script -F comm,pid,tid,ip,sym,dso` and says which stage of the write path one process
spent its CPU in: each sample goes to the innermost frame that names a stage (the worker's grain,
the group commit, the daemon, GraphQL...). The per-library view (perf_by_assembly.py) says what the
time was spent on; this one says on whose behalf. Samples naming no stage are counted by thread
kind: the server GC's threads are the collections themselves."""
import collections
import re
import sys

# Innermost first wins, so a stage's own frames must be listed before the frameworks that run it.
STAGES = [
    ("worker's grain (rules, caps)", ["WorkerPointsGrain", "CapCounts"]),
    ("group commit (events, entries, balances)", ["LedgerWriter", "LedgerRows", "AccountDeltas"]),
    ("totals' grains", ["TotalsGrain", "Rollup"]),
    ("leaderboards' grains and follower", ["LeaderboardGrain", "LeaderboardFollower", "FeedRows", "BoardStandings"]),
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
frames = []
thread = ""
keep = False


def charge():
    global total
    if not keep:
        return
    total += 1
    for frame in frames:
        for stage, markers in STAGES:
            if any(marker in frame for marker in markers):
                stages[stage] += 1
                return
    stages[f"no stage: thread {thread}"] += 1


for line in sys.stdin:
    if not line.strip():
        continue
    if not line[0].isspace():
        charge()
        frames = []
        match = re.search(r"^(.*?)\s+(\d+)/\d+", line)
        keep = bool(match) and match.group(2) == pid
        thread = match.group(1).strip() if match else ""
        continue
    frames.append(line.strip().split(" ", 1)[-1])
charge()

print(f"{total} samples of process {pid}")
for stage, count in stages.most_common(40):
    print(f"{count / max(total, 1) * 100:5.1f}%  {stage}")
