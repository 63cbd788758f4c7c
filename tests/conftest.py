"""Hypothesis profiles: CI replays the same examples every run; FUZZ_SCALE=N hunts longer, at random.

A property run with random examples passes or fails by chance, and a run whose CI fails does not
land: so by default (and with CI=true) every property is derandomized (its examples come from a hash
of the test, the same on every machine), with no example database and no deadline or slowness
check (a loaded machine must not fail a test). `FUZZ_SCALE=N` multiplies the examples by N and draws
them at random, keeping what fails in .hypothesis/ so a rerun replays it; whatever such a hunt finds
becomes an explicit regression (tests/fuzz_regressions.txt, or an @example).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

from tests.helpers import fuzz_scale

settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("hunt", derandomize=False, deadline=None, print_blob=True, max_examples=100 * fuzz_scale(),
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("hunt" if "FUZZ_SCALE" in os.environ and os.environ.get("CI") != "true" else "ci")

# LAYERLAB_SKIP_BROWSER=1 (README): the browser tests are not collected, and scripts/bootstrap does
# not install Chromium or npm for them.
collect_ignore = ["browser"] if os.environ.get("LAYERLAB_SKIP_BROWSER") == "1" else []
