"""Runs commands one after another and reports each one's wall time, peak memory and CPU time.

Reads a JSON list of runs on stdin, each {"argv": [...], "env": {...}?, "output": "pipe"|"pty"|"null"};
prints a JSON list of [wall_ms, max_rss_kib, cpu_ms, exit_code]. Used by scripts/bench.mjs: wait4()
gives the child's own peak RSS and CPU time, which Node's child_process does not.

- "pipe": stdout is a pipe that this process reads to the end, as `spasm-info list | less` would.
- "pty": stdout and stderr are a pseudo-terminal of 100 columns and 1000 rows (so that no pager
  starts), read to the end, as in a terminal window.
- "null": stdout is /dev/null.
"""
import fcntl
import json
import os
import struct
import sys
import termios
import time

# Write-only, as a shell's `>/dev/null` opens it: spasm-info takes a read-write /dev/null on its
# stdout for a closed stdout (Node puts one there) and refuses to run.
devnull_in = os.open(os.devnull, os.O_RDONLY)
devnull = os.open(os.devnull, os.O_WRONLY)


def drain(fd):
    """Reads fd until end of file (a pipe) or EIO (a pty whose other side closed)."""
    while True:
        try:
            if not os.read(fd, 1 << 16):
                return
        except OSError:
            return


def run(job):
    argv, output = job["argv"], job.get("output", "pipe")
    env = {**os.environ, **job.get("env", {})}
    if output == "pty":
        read_end, write_end = os.openpty()
        fcntl.ioctl(write_end, termios.TIOCSWINSZ, struct.pack("HHHH", 1000, 100, 0, 0))
    elif output == "pipe":
        read_end, write_end = os.pipe()
    else:
        read_end, write_end = None, devnull
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(devnull_in, 0)
            os.dup2(write_end, 1)
            os.dup2(write_end if output == "pty" else devnull, 2)
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    if read_end is not None:
        os.close(write_end)
        drain(read_end)
        os.close(read_end)
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"measure: {' '.join(argv)} failed with status {code}")
    return [wall, usage.ru_maxrss, (usage.ru_utime + usage.ru_stime) * 1000, code]


json.dump([run(job) for job in json.load(sys.stdin)], sys.stdout)
