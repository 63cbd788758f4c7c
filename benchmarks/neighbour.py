"""A heavy neighbour: what one client's long lines cost everyone else.

Starts `layerlab serve` (SQLite, a temp folder, behind a trusted proxy so that two client addresses
can be told apart on one machine). One address sends one-word lines that run to the engine's
budget's end (`seq 999999999`) from five sessions, three at a time each, without pause. Meanwhile a
learner at another address, in a session of its own, types `ls` (a quick line), `ls | head -3` (a
line that is not: it runs where long lines run) and reloads its page, and /livez is asked, each
every 0.2 s (for two seconds before the neighbour starts too: the learner's page is open already,
and those figures are the quiet ones). Prints one JSON object: the learner's answer times (p50, p99,
max) for each, the quiet p50s, and how many lines the neighbour got answered (and with what status).
Exits non-zero when a target is missed.

Targets: the learner's `ls`, page and /livez p99 under 250 ms, and `ls | head -3` p99 under 1 s
(it waits at most for one long line of the neighbour's, not for the neighbour's pile).

Run: .venv/bin/python benchmarks/neighbour.py [--json] [--seconds N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.serving import Server

HEAVY = "seq 999999999"
SCRIPT = "\n".join([HEAVY] * 200)
NEIGHBOUR, LEARNER = "10.0.0.1", "10.0.0.2"
TARGETS_MS = {"ls": 250, "page": 250, "livez": 250, "pipe": 1000}


def percentiles(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    return {"p50": round(s[len(s) // 2] * 1000, 1), "p99": round(s[min(len(s) - 1, int(len(s) * 0.99))] * 1000, 1),
            "max": round(s[-1] * 1000, 1), "n": len(s)}


async def measure(url: str, seconds: float, via: str = "run") -> dict[str, object]:
    def as_(addr: str) -> dict[str, str]:
        return {"x-forwarded-for": addr, "origin": url, "hx-request": "true"}

    async with httpx.AsyncClient(base_url=url, timeout=60) as c:
        async def new(addr: str) -> str:
            r = await c.post("/sessions", headers={"x-forwarded-for": addr, "origin": url})
            return r.headers["location"].rsplit("/", 1)[1]

        start = time.perf_counter()
        await c.post(f"/s/{await new(NEIGHBOUR)}/run", data={"line": HEAVY}, headers=as_(NEIGHBOUR))
        alone = time.perf_counter() - start
        theirs = [await new(NEIGHBOUR) for _ in range(5)]
        if via == "step":
            for token in theirs:
                await c.post(f"/s/{token}/script", data={"script": SCRIPT}, headers=as_(NEIGHBOUR))
        mine = await new(LEARNER)
        stop = False
        answered: dict[int, int] = {}

        async def neighbour(token: str) -> None:
            while not stop:
                if via == "step":  # the same lines, as a demo script's steps
                    r = await c.post(f"/s/{token}/step", headers=as_(NEIGHBOUR))
                    if r.status_code == 200 and "script-done" in r.text:
                        await c.post(f"/s/{token}/script", data={"script": SCRIPT}, headers=as_(NEIGHBOUR))
                else:
                    r = await c.post(f"/s/{token}/run", data={"line": HEAVY}, headers=as_(NEIGHBOUR))
                answered[r.status_code] = answered.get(r.status_code, 0) + 1

        async def learner(seconds: float) -> dict[str, list[float]]:
            times: dict[str, list[float]] = {k: [] for k in TARGETS_MS}
            until = time.perf_counter() + seconds
            while time.perf_counter() < until:
                for kind, call in (("ls", lambda: c.post(f"/s/{mine}/run", data={"line": "ls"}, headers=as_(LEARNER))),
                                   ("pipe", lambda: c.post(f"/s/{mine}/run", data={"line": "ls | head -3"},
                                                           headers=as_(LEARNER))),
                                   ("page", lambda: c.get(f"/s/{mine}", headers={"x-forwarded-for": LEARNER})),
                                   ("livez", lambda: c.get("/livez"))):
                    t = time.perf_counter()
                    r = await call()
                    times[kind].append(time.perf_counter() - t)
                    assert r.status_code == 200, (kind, r.status_code)
                await asyncio.sleep(0.2)
            return times

        quiet = await learner(2.0)  # the learner's page already open, its figures with nobody else
        tasks = [asyncio.ensure_future(neighbour(t)) for t in theirs for _ in range(3)]
        await asyncio.sleep(1.0)
        times = await learner(seconds)
        stop = True
        await asyncio.gather(*tasks, return_exceptions=True)
    out: dict[str, object] = {"heavy_line_alone_ms": round(alone * 1000, 1), "neighbour_answers": answered}
    for kind, samples in times.items():
        out[f"learner_{kind}_ms"] = percentiles(samples)
        out[f"learner_{kind}_alone_ms_p50"] = percentiles(quiet[kind])["p50"]
    out["missed"] = [k for k, limit in TARGETS_MS.items() if out[f"learner_{k}_ms"]["p99"] > limit]  # type: ignore[index]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--via", choices=("run", "step"), default="run",
                        help="the neighbour types its lines (run) or steps through a demo script of them (step)")
    args = parser.parse_args()
    server = Server(Path(tempfile.mkdtemp(prefix="layerlab-neighbour-")) / "n.db",
                    {"LAYERLAB_TRUSTED_PROXIES": "127.0.0.1", "LAYERLAB_RATE_CLIENT": "100"})
    server.start()
    try:
        out = asyncio.run(measure(server.url, args.seconds, args.via))
    finally:
        server.stop()
    print(json.dumps(out, indent=None if args.json else 2))
    return 1 if out["missed"] else 0


if __name__ == "__main__":
    sys.exit(main())
