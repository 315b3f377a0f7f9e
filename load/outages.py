"""The upstream-outage case (load/faults.py): how a request to vestibule is kept for the report,
which of vestibule's pages are probed during each outage, and the judgement of the case's rule.

The journeys begin at Hydra's /oauth2/auth and go through Kratos's flows, so while one of them is
down few or none of a journey's requests reach vestibule. Probes make sure every outage has
vestibule responses to judge: before each outage, browsers of the probes' own walk sign-ins as
far as vestibule's sign-in page (its Kratos flow stays pending), and as far as Hydra's redirects
to vestibule with a login challenge and, once signed in, with a consent challenge (both stay
pending, and vestibule has not read them); during the outage each page of PROBES is requested
again and again, on loopback only, until the outage ends.

Standard library only, so that `python3 -m unittest discover -s load` tests it without Locust.
"""

import ipaddress
from urllib.parse import parse_qs, urlencode, urljoin, urlparse

# vestibule's settings in the stack (testkit/src/configuration.rs).
UPSTREAM_TIMEOUT_SECONDS = 5
ALLOWANCE_SECONDS = 1.0
RECOVERY_SECONDS = 2.0

# The pages probed during each outage: (step, path, the query parameter it carries from before
# the outage, the probe browser it comes from and whose cookies it sends; see
# locustfile.Run.probe_browsers).
PROBES = (
    # A sign-in outside OAuth2: vestibule checks that Kratos answers before sending the browser on.
    ("vestibule /login", "/login", None, None),
    # A sign-in page: vestibule fetches Kratos's login flow.
    ("vestibule /login?flow", "/login", "flow", "signing in"),
    # Hydra's login request, which vestibule has not read before, then the browser's Kratos session.
    ("vestibule /login?login_challenge", "/login", "login_challenge", "sent to sign in"),
    # Hydra's consent request, which vestibule has not read before, the signed-in person's Kratos
    # session and identity.
    ("vestibule /consent?consent_challenge", "/consent", "consent_challenge", "sent to consent"),
)
# Seconds between one probe of a page and the next, while the outage lasts.
PROBE_INTERVAL = 0.2


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except (TypeError, ValueError):
        return False


def probe_urls(vestibule, seen):
    """{step: (url, browser)} for each page of PROBES: vestibule's own address, the page's path
    and the flow id or challenge its browser was last sent to vestibule with before the outage
    (`seen`: {browser: [every URL it was sent to]}). ValueError when vestibule is not on loopback
    or a parameter was not seen."""
    base = urlparse(vestibule)
    if not is_loopback(base.hostname):
        raise ValueError(f"refusing to probe {vestibule}: only loopback addresses are allowed")
    root = f"{base.scheme}://{base.netloc}"
    urls = {}
    for step, path, parameter, browser in PROBES:
        if parameter is None:
            urls[step] = (root + path, browser)
            continue
        values = [parse_qs(parsed.query)[parameter][0]
                  for parsed in map(urlparse, seen.get(browser, ()))
                  if parsed.port == base.port and parsed.path == path and parameter in parse_qs(parsed.query)]
        if not values:
            raise ValueError(f"the probe browser {browser!r} was never sent to vestibule's {path} with a {parameter}")
        urls[step] = (f"{root}{path}?{urlencode({parameter: values[-1]})}", browser)
    return urls


def recorded(method, step, url, started, ended, status, headers, text, ports, probe=False):
    """One request as the fault report keeps it: when it was sent and answered, by whom, and, for
    a 503, whether it was vestibule's page with its retry link. `ports`: the stack's ports by name."""
    status = status or 0
    text = (text or "") if status == 503 else ""
    location = (headers.get("Location") or "") if headers else ""
    return {
        "step": step, "method": method, "start": started, "end": ended, "status": status,
        "served_by": headers.get("X-Served-By") if headers else None,
        "vestibule": urlparse(url).port == ports["vestibule"],
        "page_503": "temporarily unavailable" in text,
        "retry_link": ">Try again</a>" in text,
        "to_kratos": status in (302, 303) and urlparse(urljoin(url, location)).port == ports["kratos_public"],
        "probe": probe,
    }


def tally(requests):
    """`200 x3, 503 x9`: the statuses of `requests`, in order."""
    statuses = {}
    for r in requests:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    return ", ".join(f"{s or 'no answer'} x{c}" for s, c in sorted(statuses.items())) or "none"


def describe(journey, rel):
    request = journey.get("failed_request")
    where = (f"{request['step']} sent at {rel(request['start']):.2f} s, {request['status'] or 'no answer'} "
             f"at {rel(request['end']):.2f} s" if request else "no request recorded")
    return f"journey {rel(journey['start']):.2f}-{rel(journey['end']):.2f} s: {journey['error']} ({where})"


def judge(recorder, lines, rel):
    """The rule of the upstream-outage case, outage by outage: report lines go to `lines`; returns
    what broke it. `recorder` has `outages` (name, down, up), `requests` (as `recorded`) and
    `journeys` (start, end, ok, error, failed_request); `rel` turns a time into the report's."""
    broken = []
    limit = UPSTREAM_TIMEOUT_SECONDS + ALLOWANCE_SECONDS
    for i, outage in enumerate(recorder.outages):
        down, up = outage["down"], outage["up"]
        next_down = recorder.outages[i + 1]["down"] if i + 1 < len(recorder.outages) else float("inf")
        during = [r for r in recorder.requests if r["vestibule"] and down <= r["start"] <= up]
        probes = [r for r in during if r.get("probe")]
        slowest = max((r["end"] - r["start"] for r in during), default=0.0)
        # Hydra reports some failures of its database as OAuth2 errors (e.g. invalid_client, "the
        # client does not exist"), and Kratos a flow it could not finish for its database as a
        # stored error with status 500; both send the browser to vestibule's /error page, which
        # shows vestibule's words for it with the status of the error it was given.
        relayed = [r for r in during if r["step"] == "vestibule /error"
                   and (400 <= r["status"] < 500 or r["status"] == 500)]
        bad = [r for r in during if r["status"] not in (200, 302, 303, 503) and r not in relayed]
        steps = lambda rs: sorted({f"{r['method']} {r['step']}{' (probe)' if r.get('probe') else ''}: "  # noqa: E731
                                   f"{r['status'] or 'no answer'}" for r in rs})
        late = [r for r in during if r["end"] - r["start"] > limit]
        # The retry link is on the 503 page of a GET only: following it must not resend a form.
        no_page = [r for r in during if r["status"] == 503
                   and not (r["page_503"] and (r["retry_link"] or r["method"] != "GET"))]
        after = [j for j in recorder.journeys if j["start"] >= up + RECOVERY_SECONDS and j["end"] < next_down]
        after_failed = [j for j in after if not j["ok"]]
        first_ok = min((j["start"] for j in recorder.journeys if j["ok"] and j["start"] >= up), default=None)
        lines.append(f"  {outage['name']}: {rel(down):.2f}-{rel(up):.2f} s ({up - down:.2f} s)")
        lines.append(f"    vestibule's responses during it: {len(during)} ({len(during) - len(probes)} to the "
                     f"journeys, {len(probes)} to the probes); statuses: {tally(during)}")
        lines.append("    probes: " + "; ".join(
            f"GET {step}: {tally([r for r in probes if r['step'] == step])}" for step, _, _, _ in PROBES))
        if "Kratos" in outage["name"]:
            to_kratos = [r for r in during if r["to_kratos"] and not r.get("probe")]
            last = max((r["start"] for r in to_kratos), default=None)
            lines.append(f"    journeys' requests vestibule sent to Kratos during it: {len(to_kratos)}"
                         + ("" if last is None else f", the last sent {last - down:.2f} s after it went down")
                         + f"; probes': {sum(1 for r in probes if r['to_kratos'])}")
        if relayed:
            lines.append(f"    of which errors Hydra or Kratos sent to vestibule's /error page: {len(relayed)}")
        lines.append(f"    slowest response during it: {slowest:.2f} s (limit {limit:.0f} s)")
        lines.append(f"    first sign-in that started after it and succeeded: "
                     + ("none" if first_ok is None else f"started {first_ok - up:.2f} s after it was back"))
        lines.append(f"    journeys started {RECOVERY_SECONDS:.0f} s or more after it, before the next outage: "
                     f"{len(after)}, failed {len(after_failed)}")
        lines += [f"      {describe(j, rel)}" for j in after_failed[:10]]
        if bad:
            broken.append(f"{outage['name']}: {len(bad)} responses were not a page, a redirect or the 503 page "
                          f"({steps(bad)})")
        if late:
            broken.append(f"{outage['name']}: {len(late)} responses took longer than {limit:.0f} s ({steps(late)})")
        if no_page:
            broken.append(f"{outage['name']}: {len(no_page)} 503 responses without vestibule's page and its retry link "
                          f"({steps(no_page)})")
        if not during:
            broken.append(f"{outage['name']}: no request reached vestibule during it")
        unprobed = [step for step, _, _, _ in PROBES if not any(r["step"] == step for r in probes)]
        if unprobed:
            broken.append(f"{outage['name']}: no probe of {', '.join(unprobed)} was sent during it")
        if after_failed:
            broken.append(f"{outage['name']}: {len(after_failed)} sign-ins started {RECOVERY_SECONDS:.0f} s after "
                          "recovery failed")
        if not after:
            broken.append(f"{outage['name']}: no sign-in started after recovery to judge by")
    if len(recorder.outages) != 4:
        broken.append(f"{len(recorder.outages)} of 4 outages were carried out")
    return broken
