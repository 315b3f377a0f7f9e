"""Faults injected while the load test runs, and the rule each must keep.

scripts/load --fault NAME runs the usual journeys and, once --fault-after journeys have finished,
a controller greenlet injects the fault through the stack's control socket (examples/test_stack)
at that moment. Every request to vestibule and every journey is recorded with wall-clock times,
so the report can say what happened around the fault and whether the rule held:

kill-replica
    vestibule-1 is killed with SIGKILL, left dead for a few seconds, and started again.
    Rule: no journey fails. HAProxy sends a request the killed replica refused, or one safe to
    send twice (an idempotent method, or the consent decision) that it was handling and never
    answered, to the other replica (config/haproxy/haproxy.cfg); the report lists the requests in
    flight at the kill and those HAProxy's log shows sent again. HAProxy logs the replica DOWN,
    and after the restart it answers requests again (X-Served-By: vestibule-1).

rolling-restart
    Each replica in turn gets SIGTERM, is waited for, and is started again; the next one only
    once HAProxy sends requests to the restarted one.
    Rule: no journey fails; each replica exits with status 0.

upstream-outage
    Kratos is killed and started again 5 s later on the same port; then Kratos is frozen with
    SIGSTOP for 5 s (a hang: connections are accepted, nothing answers) and thawed; then Hydra
    is killed and restarted 5 s later; then PostgreSQL is restarted (fast shutdown, start).
    Throughout each outage, probes request vestibule's own pages (load/outages.py): /login, a
    sign-in page of a Kratos flow, and /login and /consent with a login and a consent challenge
    Hydra issued just before the outage, so that every outage has vestibule responses to judge
    (a journey starts at Hydra's /oauth2/auth, and reaches vestibule only while Hydra is up).
    Rule, for each outage: every response of vestibule's from the outage's start to its end, to
    the journeys and to the probes, is a page (200), a redirect (302/303) or vestibule's 503
    page, with a "Try again" link for a GET (or the /error page showing an error Hydra or Kratos
    sent the browser there with, with that error's status: a 4xx, or a 500 for a flow Kratos
    could not finish), never a 500 of vestibule's own, a 502, a 504 or no answer, and comes
    within UPSTREAM_TIMEOUT_SECONDS plus 1 s of allowance for the loaded machine; each probed
    page was requested during it; every journey that starts 2 s or more after the service is
    back (its health check answers) and ends before the next outage succeeds.
"""

import re
import socket
import time

import gevent
import gevent.event
import requests

from outages import (ALLOWANCE_SECONDS, PROBE_INTERVAL, RECOVERY_SECONDS, UPSTREAM_TIMEOUT_SECONDS, describe,
                     judge as judge_outage, probe_urls, recorded, tally)

# How long a failed journey's person waits before starting again, as a person would; this also
# keeps an outage from burning through the run's journeys in a moment.
PAUSE_AFTER_FAILURE = 0.5

FAULTS = ("kill-replica", "rolling-restart", "upstream-outage")

# Each case's rule, as the report states it.
RULES = {
    "kill-replica": (
        "no journey fails; HAProxy logs the replica DOWN; no request is answered by it while it is dead; "
        "after its restart it answers requests again"),
    "rolling-restart": "no journey fails; each replica exits with status 0 after SIGTERM and answers requests "
                       "again after its restart",
    "upstream-outage": (
        f"from each outage's start to its end, every response of vestibule's, to the journeys and to the probes "
        f"(/login, a Kratos flow's sign-in page, and /login and /consent with challenges Hydra issued before the "
        f"outage, each probed during it), is 200, 302, 303 or its 503 page, with a 'Try again' link for a GET (or a "
        f"4xx or 500 /error page for an error Hydra or Kratos sent the browser there with), never a 500 of its own, 502, 504 or no "
        f"answer, within UPSTREAM_TIMEOUT_SECONDS ({UPSTREAM_TIMEOUT_SECONDS} s) + {ALLOWANCE_SECONDS:.0f} s; every "
        f"journey that starts {RECOVERY_SECONDS:.0f} s or more after the service is back and ends before the next "
        f"outage succeeds"),
}


class Control:
    """The stack's control socket: one command a line, one answer a line."""

    def __init__(self, path):
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.socket.connect(path)
        self.reader = self.socket.makefile("r")

    def __call__(self, command):
        self.socket.sendall((command + "\n").encode())
        answer = self.reader.readline().strip()
        if not answer.startswith("ok"):
            raise RuntimeError(f"the stack refused {command!r}: {answer or 'connection closed'}")
        return answer


class Recorder:
    """What happened when: vestibule's requests, the journeys, and the fault's moments."""

    def __init__(self, fault, after, log_path):
        self.fault = fault
        self.after = after
        self.log_path = log_path
        self.requests = []  # dicts (outages.recorded): start, end, status, served_by, step, probe, ...
        self.journeys = []  # dicts: start, end, ok, failed_request
        self.events = []  # (time, text)
        self.outages = []  # dicts: name, down, up
        self.replicas = []  # dicts: name, ...
        self.done = False
        self.error = None

    def event(self, text):
        now = time.time()
        self.events.append((now, text))
        print(f"[fault] {text}", flush=True)
        return now

    def log_lines(self):
        try:
            with open(self.log_path) as f:
                return f.read().splitlines()
        except OSError:
            return []

    def wait_for_log(self, text, since_lines, timeout):
        """Seconds until `text` appears in HAProxy's log after line `since_lines`, or None."""
        started = time.time()
        while time.time() - started < timeout:
            if any(text in line for line in self.log_lines()[since_lines:]):
                return time.time() - started
            gevent.sleep(0.05)
        return None

    def wait_until_served_by(self, name, since, timeout):
        """Seconds from `since` until a response served by `name` (sent after `since`)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for request in self.requests:
                if request["served_by"] == name and request["start"] >= since:
                    return request["end"] - since
            gevent.sleep(0.1)
        return None


def run(recorder, run_state, control_path):
    """The controller greenlet."""
    try:
        while run_state.finished < recorder.after:
            gevent.sleep(0.1)
        control = Control(control_path)
        {"kill-replica": kill_replica, "rolling-restart": rolling_restart,
         "upstream-outage": upstream_outage}[recorder.fault](recorder, control, run_state)
    except Exception as problem:  # reported as a broken rule, never swallowed
        recorder.error = repr(problem)
        recorder.event(f"the fault could not be carried out: {problem!r}")
    finally:
        recorder.done = True
        run_state.fault_finished()


def read_as_it_exits(recorder, run_state, name, pid, timeout):
    """Reads the CPU time of the replica's process as it exits, before the stack reaps it."""
    if pid is None or not run_state.processes.ended(pid, timeout, sleep=gevent.sleep):
        recorder.event(f"{name}'s process (pid {pid}) was not read as it exited: its CPU time counts as last read")


def restarted(recorder, run_state, name):
    new = run_state.processes.discover(name)
    recorder.event(f"{name} runs again as pid {', '.join(str(entry['pid']) for entry in new) or '?'}")


def kill_replica(recorder, control, run_state):
    name = "vestibule-1"
    pid = run_state.processes.pid_of(name)
    lines = len(recorder.log_lines())
    kill = recorder.event(f"SIGKILL to {name}")
    control(f"signal {name} KILL")
    read_as_it_exits(recorder, run_state, name, pid, 10)
    control(f"wait {name} 10")
    down = recorder.wait_for_log(f"vestibule/{name} is DOWN", lines, 15)
    recorder.event(f"HAProxy took {name} out after {seconds(down)}")
    gevent.sleep(max(0.0, kill + 5 - time.time()))
    lines = len(recorder.log_lines())
    restart = recorder.event(f"starting {name} again")
    control(f"restart {name}")
    alive = recorder.event(f"{name} answers /health/alive")
    restarted(recorder, run_state, name)
    up = recorder.wait_for_log(f"vestibule/{name} is UP", lines, 20)
    rejoined = recorder.wait_until_served_by(name, restart, 20)
    recorder.event(f"{name} served requests again {seconds(rejoined)} after its restart")
    recorder.replicas.append({"name": name, "kill": kill, "down_after": down, "restart": restart,
                              "alive": alive, "up_after": up, "rejoined_after": rejoined})


def rolling_restart(recorder, control, run_state):
    for name in ("vestibule-1", "vestibule-2"):
        pid = run_state.processes.pid_of(name)
        lines = len(recorder.log_lines())
        term = recorder.event(f"SIGTERM to {name}")
        control(f"signal {name} TERM")
        down = recorder.wait_for_log(f"vestibule/{name} is DOWN", lines, 30)
        read_as_it_exits(recorder, run_state, name, pid, 40)
        answer = control(f"wait {name} 40")
        stopped = time.time()
        status = answer.split("exited", 1)[-1].strip()
        recorder.event(f"{name} exited ({status}) {stopped - term:.2f} s after SIGTERM; HAProxy took it "
                       f"out after {seconds(down)}")
        lines = len(recorder.log_lines())
        restart = recorder.event(f"starting {name} again")
        control(f"restart {name}")
        restarted(recorder, run_state, name)
        up = recorder.wait_for_log(f"vestibule/{name} is UP", lines, 20)
        rejoined = recorder.wait_until_served_by(name, restart, 20)
        recorder.event(f"{name} served requests again {seconds(rejoined)} after its restart")
        recorder.replicas.append({"name": name, "term": term, "down_after": down, "stopped_after": stopped - term,
                                  "exit": status, "up_after": up, "rejoined_after": rejoined})


class Prober:
    """Requests each of vestibule's probed pages (outages.PROBES) every PROBE_INTERVAL seconds, a
    greenlet for each, from `start` until `stop`, and records every answer as a journey's request
    is recorded. The flow and the challenges come from browsers of the probes' own, walked when the
    prober is made (before the outage, while everything is up); the probes carry their cookies.
    Only vestibule's loopback address is requested, never through a proxy."""

    # Seconds a probe waits for an answer, as a journey's request does.
    TIMEOUT = 30.0
    # Seconds after which the probes stop even if `stop` never comes (an outage lasts seconds).
    LONGEST = 120.0

    def __init__(self, recorder, run_state):
        self.recorder = recorder
        self.ports = run_state.ports
        browsers = run_state.probe_browsers()
        self.urls = probe_urls(run_state.stack["vestibule"], {name: seen for name, (_, seen) in browsers.items()})
        self.cookies = {name: session.cookies for name, (session, _) in browsers.items()}
        self.stopped = gevent.event.Event()
        self.greenlets = []
        self.sent = 0

    def start(self):
        self.deadline = time.time() + self.LONGEST
        self.greenlets = [gevent.spawn(self.probe, step, url, browser)
                          for step, (url, browser) in self.urls.items()]

    def probe(self, step, url, browser):
        session = requests.Session()
        session.trust_env = False
        if browser is not None:
            session.cookies.update(self.cookies[browser])
        while not self.stopped.is_set() and time.time() < self.deadline:
            started = time.time()
            self.sent += 1
            try:
                response = session.get(url, allow_redirects=False, timeout=self.TIMEOUT)
                status, headers, text = response.status_code, response.headers, response.text
            except requests.RequestException:
                status, headers, text = 0, None, ""
            self.recorder.requests.append(recorded("GET", step, url, started, time.time(), status, headers, text,
                                                   self.ports, probe=True))
            self.stopped.wait(PROBE_INTERVAL)

    def stop(self, name):
        """No probe is sent after this; waits for those under way, which end within TIMEOUT."""
        self.stopped.set()
        gevent.joinall(self.greenlets, timeout=2 * self.TIMEOUT + 5)
        running = [g for g in self.greenlets if not g.dead]
        gevent.killall(running)
        if running:
            raise RuntimeError(f"{len(running)} probes did not stop")
        failed = [g.exception for g in self.greenlets if g.exception is not None]
        if failed:
            raise RuntimeError(f"a probe failed: {failed[0]!r}")
        self.recorder.event(f"{name}: probes stopped, {self.sent} sent")


def upstream_outage(recorder, control, run_state):
    def outage(name, stop, start):
        prober = Prober(recorder, run_state)
        down = recorder.event(f"{name}: down")
        try:
            stop()
            prober.start()
            gevent.sleep(max(0.0, down + 5 - time.time()))
            start()
            up = recorder.event(f"{name}: back (its health check answers)")
        finally:
            prober.stop(name)
        recorder.outages.append({"name": name, "down": down, "up": up})
        # Sign-ins again before the next outage.
        gevent.sleep(RECOVERY_SECONDS + 4)

    outage("Kratos killed, restarted after 5 s",
           lambda: control("signal kratos KILL"), lambda: control("restart kratos"))
    outage("Kratos frozen (SIGSTOP) for 5 s",
           lambda: control("signal kratos STOP"), lambda: control("signal kratos CONT"))
    outage("Hydra killed, restarted after 5 s",
           lambda: control("signal hydra KILL"), lambda: control("restart hydra"))

    def restart_database():
        prober = Prober(recorder, run_state)
        down = recorder.event("PostgreSQL: restarting (fast shutdown)")
        try:
            # The restart is one command: the probes' first requests are under way before it.
            prober.start()
            gevent.sleep(0)
            control("restart-database")
            up = recorder.event("PostgreSQL: back (accepts connections)")
        finally:
            prober.stop("PostgreSQL")
        recorder.outages.append({"name": "PostgreSQL restarted", "down": down, "up": up})
        gevent.sleep(RECOVERY_SECONDS + 4)

    restart_database()


# ----- the report -----

def report(recorder, started):
    """Lines for the report, and whether the case's rule held."""
    rel = lambda t: t - started  # noqa: E731  seconds since the run started
    lines = ["", f"fault: {recorder.fault} (after {recorder.after} journeys)"]
    for at, text in recorder.events:
        lines.append(f"  [{rel(at):7.2f} s] {text}")
    broken = []
    if recorder.error:
        broken.append(f"the fault could not be carried out: {recorder.error}")
    if not recorder.done:
        broken.append("the fault did not finish before the run ended")
    ok = sum(1 for j in recorder.journeys if j["ok"])
    failed = [j for j in recorder.journeys if not j["ok"]]
    lines.append(f"  journeys: {ok} succeeded, {len(failed)} failed")
    probes = [r for r in recorder.requests if r.get("probe")]
    lines.append("  vestibule's statuses, whole run: " + tally([r for r in recorder.requests if not r.get("probe")])
                 + (f"; to the probes during the outages: {tally(probes)}" if probes else ""))

    if recorder.fault == "kill-replica":
        broken += judge_kill(recorder, failed, lines, rel)
    elif recorder.fault == "rolling-restart":
        broken += judge_rolling(recorder, failed, lines, rel)
    elif recorder.fault == "upstream-outage":
        broken += judge_outage(recorder, lines, rel)

    lines.append(f"  the rule: {RULES[recorder.fault]}")
    lines.append("  rule: " + ("kept" if not broken else "BROKEN"))
    lines += [f"    - {problem}" for problem in broken]
    return lines, not broken


def seconds(value):
    return "never" if value is None else f"{value:.2f} s"


def retried_in_log(log_lines):
    """Requests HAProxy's log shows sent again ("retries" in its httplog line, `+N` when sent to
    another server): (method and path, status, retries) each."""
    found = []
    for line in log_lines:
        match = re.search(r" (\S+)/(\S+) [-\d]+/[-\d]+/[-\d]+/[-\d]+/[-\d]+ (-?\d+) .*? "
                          r"\d+/\d+/\d+/\d+/(\+?\d+) \d+/\d+ .*?\"(\S+) (\S+)", line)
        if match and match.group(4).lstrip("+") != "0":
            path = match.group(6).split("?", 1)[0]
            found.append((f"{match.group(5)} {path}", match.group(3), match.group(4)))
    return found


def judge_kill(recorder, failed, lines, rel):
    broken = []
    if not recorder.replicas:
        return ["the replica was never killed"]
    replica = recorder.replicas[0]
    kill = replica["kill"]
    in_flight = [r for r in recorder.requests if r["vestibule"] and r["start"] <= kill <= r["end"]]
    lines.append(f"  requests to vestibule in flight at the kill (on either replica): {len(in_flight)}"
                 + "".join(f"\n    {r['method']} {r['step']} sent at {rel(r['start']):.2f} s: "
                           f"{r['status'] or 'no answer'} from {r['served_by'] or 'no replica'} at {rel(r['end']):.2f} s"
                           for r in in_flight))
    retried = retried_in_log(recorder.log_lines())
    counts = {}
    for request, status, retries in retried:
        counts[(request, status, retries)] = counts.get((request, status, retries), 0) + 1
    lines.append(f"  requests HAProxy sent again to another replica (its log; `+N`: N retries): {len(retried)}"
                 + "".join(f"\n    {request}: {status} after {retries} x{count}"
                           for (request, status, retries), count in sorted(counts.items())))
    lines.append(f"  failed journeys: {len(failed)}")
    lines += [f"    {describe(j, rel)}" for j in failed]
    down, up, rejoined = replica["down_after"], replica["up_after"], replica["rejoined_after"]
    lines.append(f"  HAProxy marked it DOWN after: {seconds(down)}; UP after its restart: {seconds(up)}; "
                 f"served requests again after: {seconds(rejoined)}")
    served_after = sum(1 for r in recorder.requests if r["served_by"] == replica["name"] and r["start"] > kill
                       and r["start"] < replica["restart"])
    lines.append(f"  requests answered by {replica['name']} between its kill and its restart: {served_after}")
    if failed:
        broken.append(f"{len(failed)} journeys failed")
    if down is None:
        broken.append("HAProxy did not take the killed replica out")
    if rejoined is None:
        broken.append("the restarted replica did not rejoin")
    if served_after:
        broken.append("the dead replica answered requests")
    return broken


def judge_rolling(recorder, failed, lines, rel):
    broken = []
    for replica in recorder.replicas:
        lines.append(f"  {replica['name']}: out of HAProxy after {seconds(replica['down_after'])}, "
                     f"exited ({replica['exit']}) {replica['stopped_after']:.2f} s after SIGTERM, "
                     f"UP in HAProxy {seconds(replica['up_after'])} and served again "
                     f"{seconds(replica['rejoined_after'])} after its restart")
        if replica["exit"] != "exit status: 0":
            broken.append(f"{replica['name']} exited with {replica['exit']}")
        if replica["rejoined_after"] is None:
            broken.append(f"{replica['name']} did not rejoin")
    if len(recorder.replicas) != 2:
        broken.append("not every replica was restarted")
    if failed:
        broken.append(f"{len(failed)} journeys failed")
        lines += [f"    {describe(j, rel)}" for j in failed[:20]]
    return broken
