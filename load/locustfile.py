"""Whole OAuth2 sign-ins through vestibule, as a person's browser and a client app make them.

Each simulated person has a browser of their own (a fresh cookie jar for each journey) and walks
one of three journeys, every request a step of its own in the statistics:

- password sign-in: the app sends the browser to Hydra's /oauth2/auth; Hydra sends it to
  vestibule, vestibule to Kratos's login flow and back to its sign-in page; the person types the
  password (the form posts to Kratos), Kratos returns to vestibule's /callback, which accepts the
  login at Hydra; Hydra asks vestibule for consent, the person clicks Allow, the app gets its
  code and exchanges it at Hydra's token endpoint, and checks the ID token (signature against
  Hydra's keys, issuer, audience, nonce, subject).
- second app, single sign-on: in the browser that just signed in, a second app starts its own
  authorization; vestibule signs the person in from their Kratos session, without a password
  page; consent, code, tokens as above.
- sign up during the OAuth2 flow: from the sign-in page to vestibule's sign-up page, profile,
  password, "Skip verification for now", consent, code, tokens; the ID token's subject is the new
  identity.

People and the two apps are created through Kratos's and Hydra's admin APIs before the run. The
run is bounded by --sign-ins (journeys) and Locust's --run-time, refuses anything but loopback
addresses, prints a progress line every few seconds, and writes a text report (the journeys
asked for, started and finished, throughput, p50/p95/p99 per step and per journey, every failure
with its step and status, the CPU time and peak memory of every vestibule process that served,
a replica a fault restarted included, and vestibule's CPU time per sign-in, and the metric
families each replica's /metrics showed after the run) next to Locust's own HTML report. A
missing metric family fails the run.

Run it through scripts/load, which starts the stack and passes its description (--stack).
With --fault, a fault is injected while the journeys run and the report says whether the case's
rule held (load/faults.py).
"""

import json
import os
import secrets
import time
import uuid
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlencode, urlparse

import gevent
import jwt
import requests
from locust import FastHttpUser, events, task
from locust.contrib.fasthttp import FastHttpSession

import faults
import measure
from outages import is_loopback, recorded

PASSWORD = "a long and unguessable passphrase 42"
REDIRECT_URI = "http://127.0.0.1:5555/callback"
JOURNEY = "JOURNEY"
# What each simulated person does, in turn: mostly password sign-ins, then single sign-on to a
# second app in the browser that just signed in, and now and then a sign-up.
CYCLE = ["password", "single sign-on", "password", "password", "password",
         "password", "password", "password", "sign-up", "password"]
JOURNEY_NAMES = {
    "password": "password sign-in",
    "single sign-on": "second app, single sign-on",
    "sign-up": "sign up during the OAuth2 flow",
}


@events.init_command_line_parser.add_listener
def _arguments(parser):
    parser.add_argument("--stack", required=True, help="the stack's description (JSON, from examples/test_stack)")
    parser.add_argument("--sign-ins", type=int, required=True, help="journeys to complete, then stop")
    parser.add_argument("--report", required=True, help="where to write the text report")
    parser.add_argument("--setting", action="append", default=[], help="NAME=VALUE shown in the report's header")
    parser.add_argument("--fault", default="", choices=("",) + faults.FAULTS, help="a fault to inject during the run")
    parser.add_argument("--fault-after", type=int, default=30, help="journeys to finish before the fault")


class Run:
    """What every simulated person shares: the stack, the apps, the people, the counters."""

    def __init__(self, environment):
        options = environment.parsed_options
        with open(options.stack) as f:
            self.stack = json.load(f)
        for name in ("vestibule", "kratos_public", "kratos_admin", "hydra_public", "hydra_admin"):
            host = urlparse(self.stack[name]).hostname
            if not is_loopback(host):
                raise SystemExit(f"refusing to load {self.stack[name]}: only loopback addresses are allowed")
        self.ports = {name: urlparse(self.stack[name]).port for name in
                      ("vestibule", "kratos_public", "hydra_public")}
        self.target = options.sign_ins
        self.issued = 0
        self.finished = 0
        self.failed = 0
        self.by_journey = {name: 0 for name in JOURNEY_NAMES.values()}
        self.people = []
        self.assigned = 0
        self.apps = []
        self.keys = {}
        self.started = None
        self.stopped = None
        self.processes = None
        self.run_tag = secrets.token_hex(4)
        self.environment = environment
        self.faults = None
        if options.fault:
            self.faults = faults.Recorder(options.fault, options.fault_after,
                                          os.path.join(self.stack["dir"], "logs", "haproxy.log"))

    def prepare(self, count):
        """The people and the two apps, through the admin APIs."""
        admin = requests.Session()
        for name in ("Load App", "Second Load App"):
            secret = secrets.token_hex(16)
            response = admin.post(self.stack["hydra_admin"] + "/admin/clients", json={
                "client_name": name,
                "client_secret": secret,
                "redirect_uris": [REDIRECT_URI],
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
                "scope": "openid offline_access email profile",
                "token_endpoint_auth_method": "client_secret_post",
            }, timeout=30)
            response.raise_for_status()
            self.apps.append({"id": response.json()["client_id"], "secret": secret})
        for i in range(count):
            email = f"load-{self.run_tag}-{i}@example.com"
            response = admin.post(self.stack["kratos_admin"] + "/admin/identities", json={
                "schema_id": "default",
                "traits": {"email": email, "name": {"first": "Load", "last": f"Person {i}"}},
                "credentials": {"password": {"config": {"password": PASSWORD}}},
            }, timeout=30)
            response.raise_for_status()
            self.people.append({"email": email, "id": response.json()["id"]})
        self.refresh_keys()

    def refresh_keys(self):
        jwks = requests.get(self.stack["hydra_public"] + "/.well-known/jwks.json", timeout=30).json()
        self.keys = {key["kid"]: jwt.PyJWK(key) for key in jwks["keys"]}

    def next_person(self):
        person = self.people[self.assigned % len(self.people)]
        self.assigned += 1
        return person

    def probe_browsers(self):
        """For the probes of an outage (load/outages.py), while everything is up, three browsers
        of the probes' own, outside Locust's statistics: one starts a sign-in at the first app and
        stays on vestibule's sign-in page (its Kratos flow stays pending); one starts a sign-in and
        is sent by Hydra to vestibule with a login challenge; one signs the first person in and is
        sent by Hydra to vestibule's consent page. The last two stop before vestibule: vestibule
        keeps each challenge's request once read, so a challenge it never read makes it ask Hydra
        during the outage. Returns {name: (requests.Session, every URL it was sent to)}."""
        browsers = {}
        for name in ("signing in", "sent to sign in", "sent to consent"):
            session = requests.Session()
            session.trust_env = False
            seen = []
            browsers[name] = (session, seen)
            authorize = authorize_url(self.apps[0])[0]
            if name == "sent to sign in":
                self.probe_walk(session, seen, "GET", authorize, stop="login_challenge")
                continue
            url, response = self.probe_walk(session, seen, "GET", authorize)
            forms = self.probe_page(url, response, "/login", name)
            if name == "sent to consent":
                form = form_with(forms, "the probe's sign-in page", field="password")
                fields = filled(form, {"identifier": self.people[0]["email"], "password": PASSWORD},
                                ("method", "password"))
                self.probe_walk(session, seen, "POST", urljoin(url, form["action"]), fields,
                                stop="consent_challenge")
        return browsers

    def probe_walk(self, session, seen, method, url, data=None, stop=None):
        """Follows redirects on loopback, noting each URL in `seen`, until a page answers (returns
        its URL and the response), or with `stop`, until a redirect sends the browser to vestibule
        with that query parameter (returns that URL, not requested, and the redirect)."""
        for _ in range(20):
            if not is_loopback(urlparse(url).hostname):
                raise RuntimeError(f"the probe's browser was sent off loopback, to {url}")
            seen.append(url)
            response = session.request(method, url, data=data, allow_redirects=False, timeout=30)
            location = response.headers.get("Location")
            if response.status_code not in (302, 303) or not location:
                if stop is not None:
                    raise RuntimeError(f"the probe's browser was not sent to vestibule with a {stop}: "
                                       f"{response.status_code} at {url}")
                return url, response
            method, url, data = "GET", urljoin(url, location), None
            parsed = urlparse(url)
            if stop is not None and parsed.port == self.ports["vestibule"] and stop in parse_qs(parsed.query):
                seen.append(url)
                return url, response
        raise RuntimeError(f"more than 20 redirects from {url}")

    def probe_page(self, url, response, path, name):
        parsed = urlparse(url)
        if parsed.port != self.ports["vestibule"] or parsed.path != path or response.status_code != 200:
            raise RuntimeError(f"the probe's browser {name!r} expected vestibule's {path}, got "
                               f"{response.status_code} at {url}")
        forms = Forms()
        forms.feed(response.text)
        return forms

    def fault_running(self):
        return self.faults is not None and not self.faults.done

    def take(self):
        """A ticket for one more journey, or None when the run has issued them all (and a fault
        being injected has finished: journeys go on while it lasts)."""
        if self.issued >= self.target and not self.fault_running():
            return None
        self.issued += 1
        return self.issued

    def done(self, journey, ok, environment):
        self.finished += 1
        if ok:
            self.by_journey[journey] += 1
        else:
            self.failed += 1
        self.quit_when_done()

    def fault_finished(self):
        self.quit_when_done()

    def quit_when_done(self):
        if (self.finished >= max(self.target, self.issued) and not self.fault_running()
                and self.environment.runner is not None and self.stopped is None):
            self.stopped = time.monotonic()
            gevent.spawn(self.environment.runner.quit)


RUN = None


class JourneyFailed(Exception):
    def __init__(self, step, message):
        super().__init__(f"{step}: {message}")
        self.step = step


class Forms(HTMLParser):
    """The forms and links of a page: just what a person would click."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.links = []
        self._link = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": (a.get("method") or "get").lower(),
                               "fields": [], "buttons": []})
        elif tag in ("input", "button") and self.forms:
            kind = (a.get("type") or ("submit" if tag == "button" else "text")).lower()
            name = a.get("name")
            if not name:
                return
            if kind == "submit":
                self.forms[-1]["buttons"].append((name, a.get("value", "")))
            elif kind in ("checkbox", "radio") and "checked" not in a:
                return
            elif kind != "button":
                self.forms[-1]["fields"].append((name, a.get("value") or ""))
        elif tag == "a" and "href" in a:
            self._link = {"href": a["href"], "text": ""}
            self.links.append(self._link)

    def handle_endtag(self, tag):
        if tag == "a":
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data


class Browser:
    """A browser of its own: a cookie jar, following redirects one request at a time so that each
    is measured as the step it is."""

    def __init__(self, user):
        self.user = user
        # No retries: a request that failed once is a failure, as it is for a person.
        self.session = FastHttpSession(base_url=None, request_event=user.environment.events.request,
                                       user=user, connection_timeout=30.0, network_timeout=30.0,
                                       max_retries=0)
        # The last request to vestibule: where a failed journey failed.
        self.last = None

    def step_name(self, method, url):
        parsed = urlparse(url)
        query = parse_qs(parsed.query)
        service = {RUN.ports["vestibule"]: "vestibule", RUN.ports["kratos_public"]: "Kratos",
                   RUN.ports["hydra_public"]: "Hydra"}.get(parsed.port, parsed.netloc)
        path = parsed.path
        if service == "Kratos" and method == "POST":
            path = path.rstrip("/")
        for marker in ("login_challenge", "login_verifier", "consent_challenge", "consent_verifier", "flow"):
            if marker in query:
                path += f"?{marker}"
                break
        return f"{service} {path}"

    def request(self, method, url, data=None, expect=(200, 302, 303)):
        """One request, counted as a step; its status must be one of `expect`."""
        name = self.step_name(method, url)
        started = time.time()
        with self.session.request(method, url, name=name, data=data, allow_redirects=False,
                                  catch_response=True) as response:
            self.record(method, name, url, started, response)
            if response.status_code not in expect:
                message = f"status {response.status_code}"
                response.failure(message)
                raise JourneyFailed(f"{method} {name}", message)
            return name, response

    def record(self, method, name, url, started, response):
        """For a fault run: when and how each request was answered."""
        if RUN.faults is None:
            return
        status = response.status_code or 0
        self.last = recorded(method, name, url, started, time.time(), status, response.headers,
                             response.text if status == 503 else "", RUN.ports)
        if self.last["vestibule"]:
            RUN.faults.requests.append(self.last)

    def navigate(self, method, url, data=None, stop=lambda url: False):
        """Requests `url` and follows redirects until one points where `stop` says (not
        requested) or a page answers. Returns (url, response, location)."""
        for _ in range(20):
            name, response = self.request(method, url, data=data)
            location = response.headers.get("Location")
            if response.status_code in (302, 303) and location:
                location = urljoin(url, location)
                if stop(location):
                    return url, response, location
                method, url, data = "GET", location, None
                continue
            return url, response, None
        raise JourneyFailed(f"{method} {url}", "more than 20 redirects")

    def page(self, url, response, path, step):
        """The page at `url` is vestibule's `path`: returns its forms and links."""
        parsed = urlparse(url)
        if parsed.port != RUN.ports["vestibule"] or parsed.path != path or response.status_code != 200:
            raise JourneyFailed(step, f"expected vestibule's {path}, got {response.status_code} at {parsed.path}")
        forms = Forms()
        forms.feed(response.text or "")
        return forms


def form_with(forms, step, field=None, button=None):
    for form in forms.forms:
        names = [name for name, _ in form["fields"]]
        buttons = [name_value for name_value in form["buttons"]]
        if (field is None or field in names) and (button is None or button in buttons):
            return form
    raise JourneyFailed(step, f"no form with {field or button} on the page")


def filled(form, values, button):
    fields = dict(form["fields"])
    fields.update(values)
    fields[button[0]] = button[1]
    return fields


class Person(FastHttpUser):
    """Someone who signs in to the apps over and over, each time in a fresh browser."""

    # Absolute URLs everywhere; Locust only needs a host to start.
    host = "http://127.0.0.1"

    def on_start(self):
        self.person = RUN.next_person()
        self.turn = 0
        self.browser = None

    @task
    def next_journey(self):
        if RUN.take() is None:
            # Every journey is under way: wait for the last ones, after which the run quits.
            gevent.sleep(0.5)
            return
        kind = CYCLE[self.turn % len(CYCLE)]
        self.turn += 1
        if kind == "single sign-on" and self.browser is None:
            kind = "password"
        name = JOURNEY_NAMES[kind]
        started = time.perf_counter()
        wall_started = time.time()
        error = None
        browser = None
        try:
            if kind == "password":
                self.browser = browser = Browser(self)
                self.password_sign_in(self.browser, RUN.apps[0])
            elif kind == "single sign-on":
                browser = self.browser
                self.single_sign_on(self.browser, RUN.apps[1])
                self.browser = None
            else:
                self.browser = None
                browser = Browser(self)
                self.sign_up(browser, RUN.apps[0])
        except JourneyFailed as failure:
            error = failure
            self.browser = None
        except Exception as failure:  # a broken page or connection: still a failed journey
            error = JourneyFailed("unexpected", repr(failure))
            self.browser = None
        elapsed = (time.perf_counter() - started) * 1000
        self.environment.events.request.fire(request_type=JOURNEY, name=name, response_time=elapsed,
                                             response_length=0, exception=error, context={})
        if RUN.faults is not None:
            RUN.faults.journeys.append({"start": wall_started, "end": time.time(), "ok": error is None,
                                        "error": str(error) if error else None,
                                        "failed_request": browser.last if error and browser else None})
        RUN.done(name, error is None, self.environment)
        if error is not None and RUN.faults is not None:
            gevent.sleep(faults.PAUSE_AFTER_FAILURE)

    # ----- the journeys -----

    def password_sign_in(self, browser, app):
        authorize, nonce = authorize_url(app)
        url, response, _ = browser.navigate("GET", authorize)
        forms = browser.page(url, response, "/login", "sign-in page")
        form = form_with(forms, "sign-in page", field="password")
        fields = filled(form, {"identifier": self.person["email"], "password": PASSWORD}, ("method", "password"))
        url, response, _ = browser.navigate("POST", urljoin(url, form["action"]), data=fields)
        self.allow_and_redeem(browser, app, url, response, nonce, self.person["id"])

    def single_sign_on(self, browser, app):
        authorize, nonce = authorize_url(app)
        url, response, _ = browser.navigate("GET", authorize)
        # Straight to consent: vestibule signs the person in from their Kratos session.
        self.allow_and_redeem(browser, app, url, response, nonce, self.person["id"])

    def sign_up(self, browser, app):
        authorize, nonce = authorize_url(app)
        url, response, _ = browser.navigate("GET", authorize)
        forms = browser.page(url, response, "/login", "sign-in page")
        link = next((link["href"] for link in forms.links if urlparse(urljoin(url, link["href"])).path == "/registration"), None)
        if link is None:
            raise JourneyFailed("sign-in page", "no link to sign up")
        url, response, _ = browser.navigate("GET", urljoin(url, link))
        forms = browser.page(url, response, "/registration", "sign-up page")
        form = form_with(forms, "sign-up page", field="traits.email")
        email = f"load-{RUN.run_tag}-new-{uuid.uuid4().hex[:12]}@example.com"
        fields = filled(form, {"traits.email": email, "traits.name.first": "New", "traits.name.last": "Person"},
                        ("method", "profile"))
        url, response, _ = browser.navigate("POST", urljoin(url, form["action"]), data=fields)
        forms = browser.page(url, response, "/registration", "sign-up password page")
        form = form_with(forms, "sign-up password page", field="password")
        fields = filled(form, {"password": PASSWORD}, ("method", "password"))
        url, response, _ = browser.navigate("POST", urljoin(url, form["action"]), data=fields)
        forms = browser.page(url, response, "/verification", "verification page")
        skip = next((link["href"] for link in forms.links if "Skip verification" in link["text"]), None)
        if skip is None:
            raise JourneyFailed("verification page", "no link to skip verification")
        url, response, _ = browser.navigate("GET", urljoin(url, skip))
        self.allow_and_redeem(browser, app, url, response, nonce, None)

    # ----- consent, code, tokens -----

    def allow_and_redeem(self, browser, app, url, response, nonce, subject):
        forms = browser.page(url, response, "/consent", "consent page")
        form = form_with(forms, "consent page", button=("decision", "allow"))
        fields = filled(form, {}, ("decision", "allow"))
        _, _, location = browser.navigate("POST", urljoin(url, form["action"]), data=fields,
                                          stop=lambda to: to.startswith(REDIRECT_URI))
        if location is None:
            raise JourneyFailed("POST vestibule /consent", "the app got no redirect")
        query = parse_qs(urlparse(location).query)
        if "code" not in query:
            raise JourneyFailed("redirect to the app", f"no code: {query.get('error')}")
        self.redeem(browser, app, query["code"][0], nonce, subject)

    def redeem(self, browser, app, code, nonce, subject):
        step = "Hydra /oauth2/token"
        with browser.session.request("POST", RUN.stack["hydra_public"] + "/oauth2/token", name=step,
                                     data={"grant_type": "authorization_code", "code": code,
                                           "redirect_uri": REDIRECT_URI, "client_id": app["id"],
                                           "client_secret": app["secret"]},
                                     allow_redirects=False, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
                raise JourneyFailed(f"POST {step}", f"status {response.status_code}")
            try:
                claims = check_id_token(response.json()["id_token"], app, nonce)
            except Exception as problem:
                response.failure(f"ID token: {problem}")
                raise JourneyFailed(f"POST {step}", f"ID token: {problem}")
            if subject is not None and claims.get("sub") != subject:
                response.failure("ID token for someone else")
                raise JourneyFailed(f"POST {step}", f"ID token for {claims.get('sub')}, not {subject}")


def authorize_url(app):
    nonce = secrets.token_hex(16)
    query = urlencode({"client_id": app["id"], "response_type": "code", "scope": "openid email profile",
                       "redirect_uri": REDIRECT_URI, "state": secrets.token_hex(16), "nonce": nonce})
    return f"{RUN.stack['hydra_public']}/oauth2/auth?{query}", nonce


def check_id_token(token, app, nonce):
    """As a relying party must: RS256 with Hydra's key, issuer, audience, expiry, nonce."""
    kid = jwt.get_unverified_header(token).get("kid")
    if kid not in RUN.keys:
        RUN.refresh_keys()
    claims = jwt.decode(token, RUN.keys[kid].key, algorithms=["RS256"], audience=app["id"],
                        issuer=RUN.stack["hydra_public"] + "/",
                        options={"require": ["exp", "iat", "iss", "aud", "sub"]})
    if claims.get("nonce") != nonce:
        raise ValueError("nonce does not match")
    return claims


# ----- the run: set-up, progress, report -----

@events.init.add_listener
def _init(environment, **_):
    global RUN
    RUN = Run(environment)


@events.test_start.add_listener
def _start(environment, **_):
    users = max(environment.parsed_options.num_users or 1, 1)
    print(f"creating {users} people and 2 apps through the admin APIs", flush=True)
    RUN.prepare(users)
    RUN.processes = vestibule_processes(RUN.stack)
    RUN.started = time.monotonic()
    RUN.wall_started = time.time()
    gevent.spawn(progress)
    gevent.spawn(sample_processes)
    if RUN.faults is not None:
        gevent.spawn(faults.run, RUN.faults, RUN, RUN.stack["control"])


def progress():
    while RUN.stopped is None:
        gevent.sleep(5)
        elapsed = time.monotonic() - RUN.started
        print(f"[{elapsed:6.0f}s] {RUN.finished} journeys finished ({RUN.target} asked for), {RUN.failed} failed, "
              f"{RUN.finished / elapsed:.1f}/s", flush=True)


def vestibule_processes(stack):
    """The stack's vestibule processes, named as the stack names them, counted from now on."""
    pids = stack.get("vestibule_pids") or []
    names = [replica["name"] for replica in stack.get("replicas") or []] or ["vestibule"]
    try:
        executable = os.readlink(f"/proc/{pids[0]}/exe") if pids else None
    except OSError:
        executable = None
    return measure.Processes(stack.get("pid"), executable, dict(zip(pids, names)))


def sample_processes():
    """Reads the vestibule processes' CPU time and peak memory while they live, so that one
    that is gone by the end still counts (a fault reads a process it stops as it exits)."""
    while RUN.stopped is None:
        RUN.processes.sample()
        gevent.sleep(0.5)


# The metric families every vestibule process exports (see README, "Metrics"); the first four
# must also have samples after a load test.
METRIC_FAMILIES = [
    "vestibule_http_requests",
    "vestibule_http_request_duration_seconds",
    "vestibule_upstream_requests",
    "vestibule_upstream_request_duration_seconds",
    "vestibule_flows_restarted",
    "vestibule_csrf_rejections",
    "vestibule_challenges_not_pending",
    "vestibule_rate_limited",
    "vestibule_kratos_messages_untranslated",
]
METRIC_FAMILIES_WITH_SAMPLES = METRIC_FAMILIES[:4]


def scrape(url):
    """{family: {sample line without value: value}} from one /metrics page."""
    text = requests.get(url, timeout=10).text
    families = {}
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            families.setdefault(line.split()[2], {})
        elif line and not line.startswith("#"):
            sample, value = line.rsplit(" ", 1)
            name = sample.split("{", 1)[0]
            family = next((f for f in families if name == f or name.startswith(f + "_")), name)
            families.setdefault(family, {})[sample] = float(value)
    return families


def metrics_report(environment):
    """What each vestibule process's /metrics showed after the run; a missing family fails it."""
    urls = RUN.stack.get("metrics") or []
    lines = ["", "metrics (/metrics of each vestibule process after the run)"]
    if not urls:
        lines.append("  MISSING: the stack description names no metrics endpoints")
        environment.process_exit_code = 1
        return lines
    for url in urls:
        if not is_loopback(urlparse(url).hostname):
            lines.append(f"  {url}: refused, not a loopback address")
            environment.process_exit_code = 1
            continue
        try:
            families = scrape(url)
        except requests.RequestException as e:
            lines.append(f"  {url}: UNREACHABLE ({e})")
            environment.process_exit_code = 1
            continue
        lines.append(f"  {url}")
        for family in METRIC_FAMILIES:
            samples = families.get(family)
            if samples is None or (family in METRIC_FAMILIES_WITH_SAMPLES and not samples):
                lines.append(f"    MISSING {family}")
                environment.process_exit_code = 1
                continue
            counted = sum(v for k, v in samples.items() if not k.split("{")[0].endswith(("_bucket", "_sum", "_created")))
            lines.append(f"    {family}: {len(samples)} series, {counted:.0f} counted")
        outcomes = {}
        for sample, value in families.get("vestibule_upstream_requests", {}).items():
            outcome = sample.split('outcome="', 1)[1].split('"', 1)[0] if 'outcome="' in sample else "?"
            outcomes[outcome] = outcomes.get(outcome, 0) + value
        lines.append("    upstream calls by outcome: " +
                     ", ".join(f"{k} {v:.0f}" for k, v in sorted(outcomes.items())))
        for sample, value in sorted(families.get("vestibule_upstream_requests", {}).items()):
            if value and 'outcome="ok"' not in sample:
                lines.append(f"      {sample} {value:.0f}")
    return lines


@events.quitting.add_listener
def _report(environment, **_):
    if RUN.started is None:
        return
    stopped = RUN.stopped or time.monotonic()
    seconds = stopped - RUN.started
    options = environment.parsed_options
    stats = environment.stats
    lines = [
        "vestibule load test: whole OAuth2 sign-ins",
        "",
        f"stack: {RUN.stack.get('database', '?')}, {len(RUN.stack.get('replicas') or []) or 1} vestibule "
        f"process(es){' behind HAProxy' if RUN.stack.get('replicas') else ''}, {RUN.stack['vestibule']}",
        f"simulated people: {options.num_users}; journeys asked for: {RUN.target}",
    ]
    lines += [f"{setting}" for setting in options.setting]
    completed = sum(RUN.by_journey.values())
    http = sum(e.num_requests for e in stats.entries.values() if e.method != JOURNEY)
    journeys, short = measure.journey_lines(RUN.target, RUN.issued, RUN.finished, completed, RUN.failed, seconds)
    lines += [""] + journeys + [
        f"throughput: {completed / seconds:.1f} sign-ins/s, {http / seconds:.1f} HTTP requests/s ({http} requests)",
        f"the stack's logs: {RUN.stack.get('dir', '?')}/logs",
    ]
    if short:
        lines.append("INCOMPLETE (time limit?): " + "; ".join(short))
        environment.process_exit_code = 1

    def table(title, entries):
        out = ["", title, f"  {'name':52} {'count':>7} {'failed':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"]
        for e in sorted(entries, key=lambda e: e.name):
            label = e.name if e.method == JOURNEY else f"{e.method} {e.name}"
            out.append(f"  {label:52} {e.num_requests:>7} {e.num_failures:>6} "
                       f"{e.get_response_time_percentile(0.5):>8.0f} {e.get_response_time_percentile(0.95):>8.0f} "
                       f"{e.get_response_time_percentile(0.99):>8.0f} {e.max_response_time or 0:>8.0f}")
        return out

    entries = list(stats.entries.values())
    lines += table("per journey", [e for e in entries if e.method == JOURNEY])
    lines += table("per step (every request, by where it went)", [e for e in entries if e.method != JOURNEY])

    if RUN.processes is not None:
        lines += ["", "vestibule processes (every one that served: CPU time from the run's start or the "
                      "process's own, to the run's end or the process's)"]
        RUN.processes.discover()
        RUN.processes.sample()
        for entry in RUN.processes.entries():
            rss = "?" if entry["rss_kib"] is None else f"{entry['rss_kib'] / 1024:.1f} MiB"
            how = ("ran to the end" if not entry["ended"] else
                   "read as it exited" if entry["exact"] else "exited; counted as last read, up to 0.5 s before")
            lines.append(f"  {entry['name']} (pid {entry['pid']}): CPU {entry['cpu'] - entry['baseline']:.2f} s, "
                         f"peak RSS {rss} ({how})")
        total_cpu = RUN.processes.total_cpu()
        lines.append(f"  CPU time, all of them: {total_cpu:.2f} s")
        if completed:
            lines.append(f"  CPU time per completed sign-in: {total_cpu / completed * 1000:.2f} ms")

    lines += metrics_report(environment)

    lines += ["", "failures (step, error, occurrences)"]
    errors = sorted(stats.errors.values(), key=lambda e: -e.occurrences)
    if not errors:
        lines.append("  none")
    for error in errors:
        lines.append(f"  {error.method} {error.name}: {error.error} x{error.occurrences}")

    if RUN.faults is not None:
        fault_lines, kept = faults.report(RUN.faults, RUN.wall_started)
        lines += fault_lines
        # Journeys may fail in a fault run; the case's rule decides.
        environment.process_exit_code = 0 if kept and not short else 1

    text = "\n".join(lines) + "\n"
    with open(options.report, "w") as f:
        f.write(text)
    print("\n" + text, flush=True)
