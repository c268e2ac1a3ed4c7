"""Runs commands one after another and reports each one's wall time and peak memory.

Reads a JSON list of argv lists on stdin; prints a JSON list of [wall_ms, max_rss_kib]. Used by
scripts/bench.mjs: wait4() gives the child's own peak RSS, which Node's child_process does not.
"""
import json
import os
import sys
import time

results = []
devnull = os.open(os.devnull, os.O_WRONLY)
for argv in json.load(sys.stdin):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"measure: {' '.join(argv)} failed with status {status}")
    results.append([wall, usage.ru_maxrss])
json.dump(results, sys.stdout)
