"""HEALTHCHECK: Go's durations as parseHealthcheck reads them, the history line dispatchHealthcheck
writes (buildkit vendored in moby v28.5.2), and a container's probes in simulated time (moby
daemon/health.go). The builds and the statuses: transcripts 326 and 327."""

from __future__ import annotations

import json
import time

import pytest

from app.engine import apply
from app.engine.containerhealth import MAX_PROBES
from app.engine.godurations import DurationError, go_duration, parse_duration
from app.engine.healthcheck import history_line, parse_healthcheck
from tests.helpers import out, run


@pytest.mark.parametrize(("text", "ns", "shown"), [
    ("5m", 300 * 10**9, "5m0s"), ("1h", 3600 * 10**9, "1h0m0s"), ("90s", 90 * 10**9, "1m30s"),
    ("1.5s", 1_500_000_000, "1.5s"), ("0.5ms", 500_000, "500\u00b5s"), ("2h45m", 9900 * 10**9, "2h45m0s"),
    ("0", 0, "0s"), ("+1s", 10**9, "1s"), ("10ns", 10, "10ns"),
])
def test_durations_read_and_written_as_go_does(text: str, ns: int, shown: str) -> None:
    assert parse_duration(text) == ns
    assert go_duration(ns) == shown


@pytest.mark.parametrize(("text", "error"), [
    ("5", 'time: missing unit in duration "5"'), ("5x", 'time: unknown unit "x" in duration "5x"'),
    ("abc", 'time: invalid duration "abc"'), (".s", 'time: invalid duration ".s"'), ("", 'time: invalid duration ""'),
    ("9223372036854775808ns", 'time: invalid duration "9223372036854775808ns"'),
])
def test_durations_refused_as_go_refuses_them(text: str, error: str) -> None:
    with pytest.raises(DurationError, match="^" + error.replace("(", r"\(").replace(")", r"\)") + "$"):
        parse_duration(text)


def test_the_config_and_the_history_line() -> None:
    config, problem = parse_healthcheck(["--interval=30s", "--retries=10"], ["CMD", "curl -f http://x/"], False)
    assert problem == ""
    assert config == {"Test": ["CMD-SHELL", "curl -f http://x/"], "Interval": 30 * 10**9, "Timeout": 0,
                      "StartPeriod": 0, "StartInterval": 0, "Retries": 10}
    # %q of the struct: Durations by their String, the int as a rune ('\n' is 10)
    assert history_line(config) == 'HEALTHCHECK &{["CMD-SHELL" "curl -f http://x/"] "30s" "0s" "0s" "0s" \'\\n\'}'
    assert parse_healthcheck(["--retries=99999999999"], ["CMD", "x"], False)[1] == (
        'strconv.ParseInt: parsing "99999999999": value out of range')
    assert parse_healthcheck(["--bogus"], ["NONE"], False) == ({"Test": ["NONE"]}, "")  # NONE reads no flag


def _health(*dockerfile: str, then: tuple[str, ...] = ()) -> dict[str, object]:
    text = "\\n".join(["FROM busybox", *dockerfile, 'CMD ["sleep", "100000"]'])
    w, results = run("docker pull -q busybox", f"printf '{text}\\n' > Dockerfile", "docker build -q -t hc .",
                     "docker run -d --name probed hc", *then, "docker inspect --format '{{json .State.Health}}' probed")
    assert results[3].exit_code == 0, out(results[3])
    found = json.loads(out(results[-1])[-1])
    assert isinstance(found, dict)
    return found


def test_a_probe_that_runs_on_is_killed_at_its_timeout() -> None:
    health = _health("HEALTHCHECK --interval=2s --timeout=7s CMD while :; do :; done", then=("sleep 2",))
    assert health["Status"] == "starting"  # one failure of three
    log = health["Log"]
    assert isinstance(log, list) and log
    assert (log[0]["ExitCode"], log[0]["Output"]) == (-1, "Health check exceeded timeout (7s)")


def test_a_probe_layerlab_does_not_simulate_decides_nothing() -> None:
    health = _health("HEALTHCHECK --interval=1s CMD wget -q -O- http://localhost/", then=("sleep 10",))
    assert (health["Status"], health["Log"]) == ("starting", [])


def test_no_health_for_none() -> None:
    w, results = run("docker pull -q busybox", "printf 'FROM busybox\\nHEALTHCHECK NONE\\n' > Dockerfile",
                     "docker build -q -t hc .", "docker run -d --name probed hc sleep 100", "sleep 40",
                     "docker inspect --format '{{json .State.Health}}' probed", "docker ps --format '{{.Status}}'")
    assert out(results[-2]) == ["null"]
    status = out(results[-1])[0]
    assert status.startswith("Up ") and "(" not in status


def test_a_long_wait_runs_only_its_last_probes() -> None:
    w, _ = run("docker pull -q busybox",
               "printf 'FROM busybox\\nHEALTHCHECK --interval=1s CMD false\\nCMD [\"sleep\", \"999999\"]\\n' > Dockerfile",
               "docker build -q -t hc .", "docker run -d --name probed hc")
    started = time.process_time()
    r = apply(w, "sleep 86400")
    took = time.process_time() - started
    assert took < 2  # a day of probes a second apart: 86,400 shell runs before
    r = apply(r.world, "docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} "
                       "{{len .State.Health.Log}}' probed")
    status, streak, kept = out(r)[0].split()
    # the day's last probes (MAX_PROBES) and the few before and after the sleep: each a failure
    assert (status, kept) == ("unhealthy", "5")
    assert MAX_PROBES <= int(streak) < MAX_PROBES + 5
