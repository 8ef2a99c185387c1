"""Reads `perf script -F comm,pid,tid,ip,sym,dso` and prints the call tree of one process below
the outermost frame that contains a given text (a method, a type), as shares of the process's
samples. The awaits' plumbing (state machine boxes, awaiters, execution contexts) is left out, so
an async call chain reads as the methods that wrote it. Usage:
  perf script -i .data/profile/perf.data -F comm,pid,tid,ip,sym,dso |
    python3 build/bench/perf_tree.py <pid> <frame text> [lowest share in %, default 0.5] [depth, default 12]"""
import re
import sys

from perf_samples import samples

PLUMBING = ["AsyncMethodBuilderCore::Start", "ExecutionContext::RunInternal", "MethodBuilder`", "AsyncStateMachineBox",
            "TaskAwaiter", "ValueTaskAwaiter", "ConfiguredTaskAwaitable", "ConfiguredValueTaskAwaitable",
            "VirtualDispatchHelpers", "stub ", "[unknown]"]


def name(frame):
    match = re.search(r"\] ([^\s(]+::[^\s(]+)", frame)
    return re.sub(r"\[System\.__Canon(,System\.__Canon)*\]", "", match.group(1) if match else frame)[:140]


pid, marker = sys.argv[1], sys.argv[2]
lowest = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
depth = int(sys.argv[4]) if len(sys.argv) > 4 else 12
tree, total = {}, 0
for _, frames in samples(sys.stdin, pid):
    total += 1
    outermost = [i for i, frame in enumerate(frames) if marker in frame]
    if not outermost:
        continue
    path = []
    for frame in reversed(frames[:outermost[-1] + 1]):
        if not any(p in frame for p in PLUMBING) and (not path or path[-1] != name(frame)):
            path.append(name(frame))
    node = tree
    for step in path[:depth]:
        node = node.setdefault(step, [0, {}])
        node[0] += 1
        node = node[1]


def show(node, indent):
    for step, (count, below) in sorted(node.items(), key=lambda item: -item[1][0]):
        if count * 100 / max(total, 1) >= lowest:
            print(f"{count * 100 / total:5.1f}%  {'  ' * indent}{step}")
            show(below, indent + 1)


print(f"{total} samples of process {pid}")
show(tree, 0)
