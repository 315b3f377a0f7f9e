"""What the load report counts: the journeys, and the CPU time of every vestibule process that
served during the run.

Standard library only, so that `python3 -m unittest discover -s load` tests it without Locust.
"""

import os
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def journey_lines(asked, started, finished, completed, failed, seconds):
    """The report's lines about the journeys, and whether the run fell short.

    A run starts the journeys asked for; while a fault is being injected, journeys go on past
    that number until the fault is over, so `started` may exceed `asked`. Every journey started
    must finish, and at least `asked` must have."""
    lines = [f"journeys asked for: {asked}; started: {started}"
             + (" (journeys go on while the fault lasts)" if started > asked else "")
             + f"; finished: {finished} in {seconds:.1f} s",
             f"journeys completed: {completed}, failed: {failed}"]
    short = []
    if finished < asked:
        short.append(f"{finished} of the {asked} journeys asked for finished")
    if finished < started:
        short.append(f"{started - finished} journeys started and did not finish")
    if completed + failed != finished:
        short.append(f"{completed} completed and {failed} failed do not add up to {finished} finished")
    return lines, short


def read_stat(pid):
    """(state, parent pid, start time in clock ticks since boot, user + system seconds) of `pid`,
    also of a zombie (an exited process its parent has not reaped keeps its final times)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return fields[0], int(fields[1]), int(fields[19]), (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def peak_rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Processes:
    """The vestibule processes (children of the stack with the vestibule binary) and the CPU time
    each spent during the run: a process that ran when the run began counts from that moment, one
    started during the run (a replica restarted by a fault) from its start. A process that is
    stopped during the run is read once more when it has exited and before the stack reaps it
    (`ended`), so its last moments count too; one that dies unannounced counts as last sampled."""

    def __init__(self, parent, executable, names=None):
        self.parent = parent
        self.executable = os.path.realpath(executable) if executable else None
        self.seen = {}  # (pid, start ticks) -> dict(pid, name, baseline, cpu, rss_kib, ended, exact)
        for pid, name in (names or {}).items():
            self._add(pid, name, baseline=True)

    def _add(self, pid, name, baseline):
        try:
            state, _, start, cpu = read_stat(pid)
        except OSError:
            return None
        key = (pid, start)
        if key not in self.seen:
            self.seen[key] = {"pid": pid, "name": name, "baseline": cpu if baseline else 0.0, "cpu": cpu,
                              "rss_kib": peak_rss_kib(pid), "ended": state == "Z", "exact": state == "Z"}
        return self.seen[key]

    def _ours(self, pid):
        if self.executable is None:
            return True
        try:
            return os.path.realpath(f"/proc/{pid}/exe") == self.executable
        except OSError:
            return False

    def children(self):
        """Pids of the live processes of the vestibule binary whose parent is the stack."""
        found = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            pid = int(entry)
            try:
                state, parent, _, _ = read_stat(pid)
            except OSError:
                continue
            if parent == self.parent and state != "Z" and self._ours(pid):
                found.append(pid)
        return found

    def discover(self, name=None):
        """Takes in processes started since the last look (their CPU counts from their start);
        `name` names the new ones. Returns the new entries."""
        known = {entry["pid"] for entry in self.seen.values() if not entry["ended"]}
        new = []
        for pid in self.children():
            if pid not in known:
                entry = self._add(pid, name or f"pid {pid}", baseline=False)
                if entry is not None:
                    new.append(entry)
        return new

    def sample(self):
        """Reads every process seen that has not ended; a zombie is read for the last time."""
        for key, entry in self.seen.items():
            if entry["ended"]:
                continue
            try:
                state, _, start, cpu = read_stat(entry["pid"])
            except OSError:
                entry["ended"] = True  # reaped before it was read again: counts as last sampled
                continue
            if start != key[1]:
                entry["ended"] = True  # the pid now belongs to another process
                continue
            entry["cpu"] = cpu
            rss = peak_rss_kib(entry["pid"])
            if rss is not None:
                entry["rss_kib"] = rss
            if state == "Z":
                entry["ended"] = entry["exact"] = True

    def pid_of(self, name):
        for entry in self.seen.values():
            if entry["name"] == name and not entry["ended"]:
                return entry["pid"]
        return None

    def ended(self, pid, timeout, sleep=time.sleep):
        """Waits up to `timeout` seconds for `pid` to exit (its parent must not have reaped it
        yet) and reads its final CPU time. True when it was read as it ended."""
        deadline = time.monotonic() + timeout
        entries = [e for e in self.seen.values() if e["pid"] == pid]
        entry = next((e for e in entries if not e["ended"]), None)
        if entry is None:
            # Already read as it ended (by `sample`), or never seen.
            return any(e["exact"] for e in entries)
        while time.monotonic() < deadline:
            try:
                state, _, _, cpu = read_stat(pid)
            except OSError:
                entry["ended"] = True
                return False
            entry["cpu"] = cpu
            if state == "Z":
                entry["ended"] = entry["exact"] = True
                return True
            rss = peak_rss_kib(pid)
            if rss is not None:
                entry["rss_kib"] = rss
            sleep(0.02)
        return False

    def entries(self):
        """In the order they were first seen."""
        return list(self.seen.values())

    def total_cpu(self):
        return sum(entry["cpu"] - entry["baseline"] for entry in self.seen.values())
