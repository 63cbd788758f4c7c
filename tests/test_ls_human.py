"""ls -h's sizes: GNU's (gnulib human.c, rounded up) and BusyBox's (make_human_readable_str, rounded
to the nearest tenth), at the edges where they differ."""

from app.engine.shell import busybox_human, gnu_human


def test_gnu_rounds_up_with_one_decimal_below_ten() -> None:
    assert [gnu_human(n) for n in (0, 113, 1023, 1024, 1025, 1170, 4096, 10239, 10240, 1048575, 1048576)] == [
        "0", "113", "1023", "1.0K", "1.1K", "1.2K", "4.0K", "10K", "10K", "1.0M", "1.0M"]
    assert gnu_human(76_546_048) == "73M"


def test_busybox_rounds_to_the_nearest_tenth() -> None:
    assert [busybox_human(n) for n in (0, 113, 1023, 1024, 1025, 1170, 1536, 1048575, 1_153_434)] == [
        "0", "113", "1023", "1.0K", "1.0K", "1.1K", "1.5K", "1024.0K", "1.1M"]
    assert busybox_human(36 * 1024, fraction=False) == "36K"
    assert busybox_human(1536 * 1024, fraction=False) == "2M"
