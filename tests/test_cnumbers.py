"""C's number reading and printing as the printf programs use them (app/engine/tools/cnumbers.py):
where strtoimax and strtod stop, their ranges, and printf(3)'s integer and inf/nan forms where
Python's % differs from C."""

from __future__ import annotations

import math

import pytest

from app.engine.tools.cnumbers import INTMAX, UINTMAX, format_float, format_int, strtod, strtoimax


@pytest.mark.parametrize(("text", "value", "end"), [
    ("42", 42, 2), ("  -7", -7, 4), ("+3x", 3, 2), ("0x1f", 31, 4), ("0X1F", 31, 4), ("010", 8, 3),
    ("08", 0, 1), ("0x", 0, 1), ("0xg", 0, 1), ("abc", 0, 0), ("", 0, 0), ("-", 0, 0), ("12abc", 12, 2),
])
def test_strtoimax_reads_base_0_and_stops_where_c_stops(text: str, value: int, end: int) -> None:
    parsed = strtoimax(text)
    assert (parsed.value, parsed.end, parsed.erange) == (value, end, False)


def test_strtoimax_clamps_out_of_range_and_strtoumax_wraps_a_minus() -> None:
    assert (strtoimax("99999999999999999999").value, strtoimax("99999999999999999999").end) == (INTMAX, 20)
    assert (strtoimax("9223372036854775808").value, strtoimax("9223372036854775808").erange) == (INTMAX, True)
    assert (strtoimax("-9223372036854775809").value, strtoimax("-9223372036854775808").erange) == (-INTMAX - 1, False)
    assert strtoimax("-1", unsigned=True).value == UINTMAX
    assert (strtoimax("18446744073709551616", unsigned=True).value,
            strtoimax("18446744073709551616", unsigned=True).erange) == (UINTMAX, True)


@pytest.mark.parametrize(("text", "value", "end"), [
    ("1.5", 1.5, 3), (" .5", 0.5, 3), ("1e3", 1000.0, 3), ("1e", 1.0, 1), ("2.e1x", 20.0, 4),
    ("0x1.8p1", 3.0, 7), ("0x10", 16.0, 4), ("abc", 0.0, 0), ("", 0.0, 0), ("-0", -0.0, 2),
])
def test_strtod_reads_decimals_exponents_and_hex(text: str, value: float, end: int) -> None:
    parsed = strtod(text)
    assert (parsed.value, parsed.end, parsed.erange) == (value, end, False)


def test_strtod_words_and_range() -> None:
    assert (strtod("-Infinity").value, strtod("-Infinity").end) == (-math.inf, 9)
    assert (strtod("inf").value, strtod("infx").end) == (math.inf, 3)
    nan = strtod("-nan(1)x")
    assert math.isnan(nan.value) and math.copysign(1.0, nan.value) < 0 and nan.end == 7
    assert (strtod("1e400").value, strtod("1e400").erange) == (math.inf, True)
    assert (strtod("1e-400").value, strtod("1e-400").erange) == (0.0, True)
    assert strtod("0e-400").erange is False


@pytest.mark.parametrize(("flags", "width", "precision", "conv", "value", "text"), [
    ("#", 0, None, "o", 8, "010"), ("#", 0, None, "o", 0, "0"), ("#", 0, None, "x", 0, "0"),
    ("#", 6, None, "X", 255, "  0XFF"), ("0#", 6, None, "x", 255, "0x00ff"), ("", 0, 0, "d", 0, ""),
    ("", 5, 3, "d", -7, " -007"), ("0", 5, 3, "d", 7, "  007"), ("-+", 5, None, "d", 3, "+3   "),
    (" ", 0, None, "i", 4, " 4"), ("0", 6, None, "d", -42, "-00042"),
])
def test_format_int_follows_printf_3(flags: str, width: int, precision: int | None, conv: str, value: int,
                                     text: str) -> None:
    assert format_int(flags, width, precision, conv, value) == text


@pytest.mark.parametrize(("flags", "width", "precision", "conv", "value", "text"), [
    ("0", 6, None, "f", math.inf, "   inf"), ("+", 0, None, "E", math.inf, "+INF"),
    ("-", 6, None, "g", -math.nan, "-nan  "), ("", 0, 2, "F", math.nan, "NAN"),
    ("#", 0, 0, "e", 5.0, "5.e+00"), ("0", 8, 2, "f", -3.5, "-0003.50"), ("", 0, None, "g", 1e-5, "1e-05"),
])
def test_format_float_follows_printf_3(flags: str, width: int, precision: int | None, conv: str, value: float,
                                       text: str) -> None:
    assert format_float(flags, width, precision, conv, value) == text
