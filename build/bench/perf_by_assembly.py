"""Reads `perf script -F comm,pid,tid,ip,sym,dso` and says where one process spent its CPU: each
sample goes to the innermost frame of an assembly other than the runtime's own (CoreLib, Linq,
collections), so time in the runtime is charged to the library that called it. Native frames
without a managed caller are grouped by their file (the JIT, the GC, the kernel)."""
import collections
import re
import sys

pid = sys.argv[1]
runtime = {"unknown", "System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections"}
owners = collections.Counter()
total = 0
frames = []
keep = False


def charge():
    global total
    if not keep or not frames:
        return
    total += 1
    for frame in frames:
        assembly = re.search(r"\[([\w.]+)\] ", frame)
        if assembly and assembly.group(1) not in runtime:
            owners[assembly.group(1)] += 1
            return
    library = re.search(r"\(([^()]*)\)$", frames[0])
    owners["native " + (library.group(1).rsplit("/", 1)[-1] if library else "?")] += 1


for line in sys.stdin:
    if not line.strip():
        continue
    if not line[0].isspace():
        charge()
        frames = []
        match = re.search(r" (\d+)/\d+", line)
        keep = bool(match) and match.group(1) == pid
        continue
    frames.append(line.strip().split(" ", 1)[-1])
charge()

print(f"{total} samples of process {pid}")
for owner, count in owners.most_common(60):
    print(f"{count / max(total, 1) * 100:5.1f}%  {owner}")
