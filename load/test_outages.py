"""Tests of the upstream-outage case's probes and judgement (load/outages.py). scripts/test runs them:

    python3 -m unittest discover -s load
"""

import unittest
from types import SimpleNamespace

from outages import PROBES, judge, probe_urls, recorded

VESTIBULE = "http://localhost:4000"
PORTS = {"vestibule": 4000, "kratos_public": 4001}
PAGE_503 = '<h1>Sign-in is temporarily unavailable</h1><a href="/login?flow=f1">Try again</a>'


class ProbeUrlsTest(unittest.TestCase):
    SEEN = {
        "signing in": [
            "http://localhost:4002/oauth2/auth?client_id=app&response_type=code",
            "http://localhost:4000/login?login_challenge=lc1",
            "http://localhost:4001/self-service/login/browser?login_challenge=lc1",
            "http://localhost:4000/login?flow=f1",
        ],
        "sent to sign in": [
            "http://localhost:4002/oauth2/auth?client_id=app&response_type=code",
            "http://localhost:4001/self-service/login/browser?login_challenge=at-kratos",
            "http://localhost:4000/login?login_challenge=lc%2B2",
        ],
        "sent to consent": [
            "http://localhost:4000/login?login_challenge=lc3",
            "http://localhost:4000/login?flow=f3",
            "http://localhost:4002/oauth2/auth?login_verifier=v3",
            "http://localhost:4000/consent?consent_challenge=cc3",
        ],
    }

    def test_each_page_carries_what_its_browser_was_sent_to_vestibule_with(self):
        self.assertEqual(probe_urls(VESTIBULE, self.SEEN), {
            "vestibule /login": ("http://localhost:4000/login", None),
            "vestibule /login?flow": ("http://localhost:4000/login?flow=f1", "signing in"),
            "vestibule /login?login_challenge": ("http://localhost:4000/login?login_challenge=lc%2B2",
                                                 "sent to sign in"),
            "vestibule /consent?consent_challenge": ("http://localhost:4000/consent?consent_challenge=cc3",
                                                     "sent to consent"),
        })

    def test_only_a_loopback_vestibule_is_probed(self):
        for address in ("http://192.0.2.7:4000", "http://example.com:4000", "http://[::ffff:8.8.8.8]:4000"):
            with self.assertRaisesRegex(ValueError, "only loopback"):
                probe_urls(address, self.SEEN)
        self.assertIn("vestibule /login", probe_urls("http://127.0.0.2:4000", self.SEEN))

    def test_a_challenge_never_sent_to_vestibule_stops_the_probes(self):
        seen = dict(self.SEEN, **{"sent to consent": ["http://localhost:4002/consent?consent_challenge=at-hydra"]})
        with self.assertRaisesRegex(ValueError, "'sent to consent' was never sent to vestibule's /consent"):
            probe_urls(VESTIBULE, seen)


def request(step, start, status, end=None, text="", probe=True, location=None, method="GET"):
    path = step.split(" ", 1)[1]
    headers = {"Location": location} if location else {}
    return recorded(method, step, f"{VESTIBULE}{path}", start, start + 0.05 if end is None else end, status,
                    headers, text, PORTS, probe=probe)


def probes_at(start, status=503, text=PAGE_503):
    return [request(step, start, status, text=text) for step, _, _, _ in PROBES]


def journey(start, ok=True):
    return {"start": start, "end": start + 1, "ok": ok, "error": None if ok else "GET vestibule /login: status 503",
            "failed_request": None}


def hydra_outage(requests, journeys=None):
    """Hydra down from 100 s to 105 s; a sign-in started after it."""
    return SimpleNamespace(outages=[{"name": "Hydra killed, restarted after 5 s", "down": 100.0, "up": 105.0}],
                           requests=requests, journeys=[journey(108.0)] if journeys is None else journeys)


def problems(recorder):
    lines = []
    broken = judge(recorder, lines, lambda t: t)
    # One outage of the four is judged here; that the others are missing is said last.
    return [problem for problem in broken if problem != "1 of 4 outages were carried out"], lines


class JudgeTest(unittest.TestCase):
    def test_probes_alone_are_judged_when_no_journey_reached_vestibule(self):
        broken, lines = problems(hydra_outage(probes_at(100.5) + probes_at(102.0)))
        self.assertEqual(broken, [])
        self.assertIn("    vestibule's responses during it: 8 (0 to the journeys, 8 to the probes); statuses: 503 x8",
                      lines)

    def test_an_outage_without_a_probe_of_each_page_breaks_the_rule(self):
        consent = "vestibule /consent?consent_challenge"
        broken, _ = problems(hydra_outage([r for r in probes_at(100.5) if r["step"] != consent]))
        self.assertEqual(broken, [f"Hydra killed, restarted after 5 s: no probe of {consent} was sent during it"])

    def test_probes_outside_the_outage_do_not_count(self):
        broken, _ = problems(hydra_outage(probes_at(99.9) + probes_at(105.1)))
        self.assertEqual(broken, [
            "Hydra killed, restarted after 5 s: no request reached vestibule during it",
            "Hydra killed, restarted after 5 s: no probe of " + ", ".join(step for step, _, _, _ in PROBES)
            + " was sent during it",
        ])

    def test_a_probe_answered_with_a_bad_gateway_breaks_the_rule(self):
        answers = probes_at(100.5)
        answers[2] = request("vestibule /login?login_challenge", 101.0, 502)
        broken, _ = problems(hydra_outage(answers))
        self.assertEqual(broken, ["Hydra killed, restarted after 5 s: 1 responses were not a page, a redirect or "
                                  "the 503 page (['GET vestibule /login?login_challenge (probe): 502'])"])

    def test_an_error_page_relaying_kratos_or_hydra_is_judged_by_its_step_not_a_500_elsewhere(self):
        answers = probes_at(100.5) + [
            request("vestibule /error", 101.0, 500, probe=False),
            request("vestibule /error", 101.5, 400, probe=False),
        ]
        broken, lines = problems(hydra_outage(answers))
        self.assertEqual(broken, [])
        self.assertIn("    of which errors Hydra or Kratos sent to vestibule's /error page: 2", lines)
        answers[0] = request("vestibule /login", 101.0, 500)
        broken, _ = problems(hydra_outage(answers))
        self.assertEqual(broken, ["Hydra killed, restarted after 5 s: 1 responses were not a page, a redirect or "
                                  "the 503 page (['GET vestibule /login (probe): 500'])"])

    def test_a_probe_without_an_answer_or_answered_late_breaks_the_rule(self):
        answers = probes_at(100.5)
        answers[0] = request("vestibule /login", 101.0, 0, end=131.0)
        answers[1] = request("vestibule /login?flow", 104.9, 503, end=111.0, text=PAGE_503)
        broken, _ = problems(hydra_outage(answers))
        self.assertEqual(broken, [
            "Hydra killed, restarted after 5 s: 1 responses were not a page, a redirect or the 503 page "
            "(['GET vestibule /login (probe): no answer'])",
            "Hydra killed, restarted after 5 s: 2 responses took longer than 6 s "
            "(['GET vestibule /login (probe): no answer', 'GET vestibule /login?flow (probe): 503'])",
        ])

    def test_a_503_without_vestibules_page_and_retry_link_breaks_the_rule(self):
        answers = probes_at(100.5)
        answers[3] = request("vestibule /consent?consent_challenge", 101.0, 503, text="<h1>503 Service Unavailable</h1>")
        broken, _ = problems(hydra_outage(answers))
        self.assertEqual(broken, ["Hydra killed, restarted after 5 s: 1 503 responses without vestibule's page and "
                                  "its retry link (['GET vestibule /consent?consent_challenge (probe): 503'])"])

    def test_journeys_and_probes_are_judged_alike_and_counted_apart(self):
        answers = probes_at(100.5) + [request("vestibule /consent?consent_challenge", 100.2, 503, text=PAGE_503,
                                              probe=False),
                                      request("vestibule /login", 100.3, 303, probe=False,
                                              location="http://localhost:4001/self-service/login/browser")]
        recorder = hydra_outage(answers)
        recorder.outages[0]["name"] = "Kratos killed, restarted after 5 s"
        broken, lines = problems(recorder)
        self.assertEqual(broken, [])
        self.assertIn("    vestibule's responses during it: 6 (2 to the journeys, 4 to the probes); "
                      "statuses: 303 x1, 503 x5", lines)
        self.assertIn("    journeys' requests vestibule sent to Kratos during it: 1, the last sent 0.30 s after it "
                      "went down; probes': 0", lines)

    def test_a_sign_in_that_fails_after_recovery_breaks_the_rule(self):
        broken, _ = problems(hydra_outage(probes_at(100.5), journeys=[journey(106.0, ok=True),
                                                                        journey(107.5, ok=False)]))
        self.assertEqual(broken, ["Hydra killed, restarted after 5 s: 1 sign-ins started 2 s after recovery failed"])


if __name__ == "__main__":
    unittest.main()
