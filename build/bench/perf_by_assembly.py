"""Reads `perf script -F comm,pid,tid,ip,sym,dso` and says where one process spent its CPU: each
sample goes to the innermost frame of an assembly other than the runtime's own (CoreLib, Linq,
collections), so time in the runtime is charged to the library that called it. Native frames
without a managed caller are grouped by their file (the JIT, the GC, the kernel)."""
import collections
import re
import sys

from perf_samples import samples

pid = sys.argv[1]
runtime = {"unknown", "System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections"}
owners = collections.Counter()
total = 0


def owner(frames):
    for frame in frames:
        assembly = re.search(r"\[([\w.]+)\] ", frame)
        if assembly and assembly.group(1) not in runtime:
            return assembly.group(1)
    library = re.search(r"\(([^()]*)\)$", frames[0])
    return "native " + (library.group(1).rsplit("/", 1)[-1] if library else "?")


for _, frames in samples(sys.stdin, pid):
    total += 1
    owners[owner(frames)] += 1

print(f"{total} samples of process {pid}")
for name, count in owners.most_common(60):
    print(f"{count / max(total, 1) * 100:5.1f}%  {name}")
