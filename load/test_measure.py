"""Tests of what the load report counts (load/measure.py). scripts/test runs them:

    python3 -m unittest discover -s load
"""

import os
import sys
import time
import unittest

from measure import Processes, journey_lines


class JourneyLinesTest(unittest.TestCase):
    def test_a_fault_run_counts_the_journeys_it_went_on_with(self):
        lines, short = journey_lines(asked=200, started=645, finished=645, completed=640, failed=5, seconds=121.0)
        self.assertEqual(lines, [
            "journeys asked for: 200; started: 645 (journeys go on while the fault lasts); finished: 645 in 121.0 s",
            "journeys completed: 640, failed: 5",
        ])
        self.assertEqual(short, [])
        self.assertNotIn("645 of 200", "\n".join(lines))

    def test_a_plain_run(self):
        lines, short = journey_lines(asked=100, started=100, finished=100, completed=100, failed=0, seconds=5.4)
        self.assertEqual(lines[0], "journeys asked for: 100; started: 100; finished: 100 in 5.4 s")
        self.assertEqual(short, [])

    def test_a_run_stopped_by_its_time_limit_falls_short(self):
        _, short = journey_lines(asked=150, started=47, finished=39, completed=9, failed=30, seconds=242.2)
        self.assertEqual(short, ["39 of the 150 journeys asked for finished",
                                 "8 journeys started and did not finish"])

    def test_journeys_still_running_after_a_fault_run_fall_short(self):
        _, short = journey_lines(asked=200, started=260, finished=250, completed=250, failed=0, seconds=90.0)
        self.assertEqual(short, ["10 journeys started and did not finish"])


def burn(seconds):
    """A child process that spends about `seconds` of CPU time, then exits."""
    pid = os.fork()
    if pid == 0:
        started = time.process_time()
        while time.process_time() - started < seconds:
            pass
        os._exit(0)
    return pid


def cpu_of_reaped(pid):
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_utime + usage.ru_stime


class ProcessesTest(unittest.TestCase):
    def test_every_process_counts_including_one_that_ended_and_one_started_later(self):
        first = burn(0.3)
        processes = Processes(os.getpid(), sys.executable, {first: "first"})
        baseline = processes.seen[next(iter(processes.seen))]["baseline"]
        self.assertTrue(processes.ended(first, timeout=30), "the first process was read as it exited")
        first_cpu = cpu_of_reaped(first)

        second = burn(0.2)
        [entry] = processes.discover("second")
        self.assertEqual((entry["pid"], entry["name"], entry["baseline"]), (second, "second", 0.0))
        self.assertTrue(processes.ended(second, timeout=30))
        second_cpu = cpu_of_reaped(second)

        # /proc counts in clock ticks; the kernel's own accounting of the reaped children is exact.
        tick = 1 / os.sysconf("SC_CLK_TCK")
        self.assertAlmostEqual(processes.total_cpu(), first_cpu - baseline + second_cpu, delta=3 * tick)
        self.assertGreater(processes.total_cpu(), 0.4)
        self.assertTrue(all(entry["exact"] for entry in processes.entries()))

    def test_a_process_reaped_before_it_was_read_counts_as_last_sampled(self):
        pid = burn(0.2)
        processes = Processes(os.getpid(), sys.executable, {pid: "gone"})
        cpu_of_reaped(pid)
        processes.sample()
        [entry] = processes.entries()
        self.assertTrue(entry["ended"])
        self.assertFalse(entry["exact"])
        self.assertFalse(processes.ended(pid, timeout=1))

    def test_only_children_of_the_parent_running_the_binary_are_found(self):
        pid = burn(5)
        try:
            self.assertIn(pid, Processes(os.getpid(), sys.executable).children())
            self.assertNotIn(pid, Processes(os.getpid(), "/bin/sh").children())
            self.assertEqual(Processes(os.getppid(), sys.executable).children().count(pid), 0)
        finally:
            os.kill(pid, 9)
            os.waitpid(pid, 0)


if __name__ == "__main__":
    unittest.main()
