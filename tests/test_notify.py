"""store.notify's payloads and how a listener sorts what it hears (no PostgreSQL needed)."""

from __future__ import annotations

from app.store.notify import FRAMES, MAX_PAYLOAD, Listener, frame_payload, parse_frame


def test_a_frame_payload_carries_its_change_compressed_and_comes_back_whole() -> None:
    html = "<div id=\"terminal\">" + "".join(f"<p>ünïcode ✓ 터미널 {i}</p>" for i in range(400)) + "</div>"
    payload = frame_payload(12, 40, 39, "ko", html)
    assert len(payload.encode()) <= MAX_PAYLOAD < len(html.encode())
    assert parse_frame(payload) == (12, 40, 39, "ko", html)


def test_a_change_too_big_to_notify_goes_out_as_no_frame() -> None:
    import os

    html = os.urandom(6000).hex()  # does not compress
    assert frame_payload(1, 2, 1, "en", html) == "1:2:1:en:"
    assert parse_frame("1:2:1:en:") == (1, 2, 1, "en", None)


def test_malformed_frames_are_ignored() -> None:
    for payload in ("", "1:2:3", "a:2:1:en:", "1:2:1:en:not base64!", "1:2:1:en:aGVsbG8="):  # the last: not zlib
        assert parse_frame(payload) is None


def test_a_listener_tells_promised_notices_and_frames_from_plain_notices() -> None:
    heard: list[tuple[object, ...]] = []
    listener = Listener("postgresql://x@h/db", lambda *a: heard.append(("change", *a)), lambda: None,
                        lambda *a: heard.append(("promise", *a)), lambda *a: heard.append(("frame", *a)))
    listener._heard("layerlab", "5:3")
    listener._heard("layerlab", "5:4:f")
    listener._heard(FRAMES, frame_payload(5, 4, 3, "en", "<p>x</p>"))
    listener._heard("layerlab", "x:1")
    listener._heard(FRAMES, "junk")
    assert heard == [("change", 5, 3), ("promise", 5, 4), ("frame", 5, 4, 3, "en", "<p>x</p>")]
    # a process that does not take frames hears a promised notice as a plain one
    plain: list[tuple[int, int]] = []
    Listener("postgresql://x@h/db", lambda *a: plain.append(a), lambda: None)._heard("layerlab", "5:4:f")
    assert plain == [(5, 4)]
