"""The pure simulation: no I/O, no web, no database; deterministic for a given seed."""

from .budget import OverTime
from .engine import Result, apply, initial_world

__all__ = ["OverTime", "Result", "apply", "initial_world"]
