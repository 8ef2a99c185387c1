"""The samples of one process in `perf script -F comm,pid,tid,ip,sym,dso` output, for the
perf_by_*.py views: each as its thread's name and its frames, innermost first."""
import re


def samples(lines, pid):
    thread, frames, keep = "", [], False
    for line in lines:
        if not line.strip():
            continue
        if not line[0].isspace():
            if keep and frames:
                yield thread, frames
            match = re.search(r"^(.*?)\s+(\d+)/\d+", line)
            keep = bool(match) and match.group(2) == pid
            thread, frames = (match.group(1).strip() if match else ""), []
            continue
        frames.append(line.strip().split(" ", 1)[-1])
    if keep and frames:
        yield thread, frames
