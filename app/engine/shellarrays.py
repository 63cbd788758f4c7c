"""bash's indexed arrays: NAME=(WORD...), NAME+=(WORD...), NAME[SUB]=value, ${NAME[SUB]},
${NAME[@]} and ${NAME[*]}, ${#NAME[@]}, ${!NAME[@]}, unset NAME[SUB].

From bash 5.2 arrayfunc.c and subst.c: a subscript is an arithmetic expression (a negative one
counts from the end); "${NAME[@]}" makes a field of each element, "${NAME[*]}" one field joined by
IFS's first character; $NAME is ${NAME[0]}; an assignment to NAME alone sets element 0; elements
keep their indices (sparse after an unset). An operator after the subscript (${NAME[1]:-x},
${NAME[@]#prefix}) applies to each element as it does to a variable; ${NAME[@]:OFFSET:LENGTH} takes
elements. A shell keeps them in Shell.arrays, element 0 mirrored in its variables; they are not
exported (bash does not export arrays); dash and BusyBox ash have none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar

from . import budget
from .shellassoc import Assoc

Array = dict[int, str]

ELEMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\]")
LITERAL = "\ue010"  # before the words of NAME=(...) as the grammar keeps them
SEPARATOR = "\x00"  # between those words (and, expanded, between the fields)
# the arrays of the shell expanding words now (Shell.expansion_env sets it)
ARRAYS: ContextVar[dict[str, Array] | None] = ContextVar("shell_arrays", default=None)
ASSOCS: ContextVar[dict[str, Assoc] | None] = ContextVar("shell_assocs", default=None)  # declare -A's
_BRACED = re.compile(r"([!#]?)([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](.*)", re.S)


def literal(words: list[str]) -> str:
    return LITERAL + SEPARATOR.join(words)


def literal_words(value: str) -> list[str] | None:
    """The words of NAME=(...) as typed, or None for a plain value."""
    if not value.startswith(LITERAL):
        return None
    body = value[len(LITERAL):]
    return body.split(SEPARATOR) if body else []


class Declared(dict[int, str]):
    """An array `declare -a NAME` (or local -a) made and nothing has yet set: declare -p shows it
    without a value (variables.c att_invisible) until an element is set, even if it goes again."""

    valued = False


def declared_only(array: Array) -> bool:
    return isinstance(array, Declared) and not array.valued


NOWHERE = -(1 << 62)  # a subscript standing for no element (one said to be bad)


def index_of(array: Array, sub: int) -> int:
    """A negative subscript counts back from one past the highest index."""
    return sub + _past_highest(array) if sub < 0 else sub


def _past_highest(array: Array) -> int:
    """One past the highest index: a walk of the keys, a step per 16 (bash keeps it; a[-1] in a
    loop over 100,000 elements walked them all at each pass, uncharged: 3,000 passes 3-6 s)."""
    budget.current().step(len(array) >> 4)
    return max(array) + 1 if array else 0


def assign_array(arrays: dict[str, Array], env: dict[str, str], name: str, fields: list[str], append: bool) -> None:
    """NAME=(fields) or NAME+=(fields): element 0 mirrored in the variable."""
    array = dict(arrays.get(name, {0: env[name]} if name in env else {})) if append else {}
    start = _past_highest(array)  # (and the copy: NAME+=(x) in a loop copies the array each time)
    for k, field in enumerate(fields):
        array[start + k] = field
    arrays[name] = array
    mirror(arrays, env, name)


def assign_element(arrays: dict[str, Array], env: dict[str, str], name: str, sub: int, value: str,
                   append: bool) -> bool:
    """NAME[SUB]=value (or +=); False for a negative subscript past the start (bad array subscript)."""
    array = arrays.setdefault(name, {0: env[name]} if name in env else {})
    index = index_of(array, sub)
    if index < 0:
        return False
    if isinstance(array, Declared):
        array.valued = True
    array[index] = (array.get(index, "") + value) if append else value
    mirror(arrays, env, name)
    return True


def unset_element(arrays: dict[str, Array], env: dict[str, str], name: str, sub: int) -> None:
    array = arrays.get(name)
    if array is None:
        if sub in (0, -1):
            env.pop(name, None)
        return
    array.pop(index_of(array, sub), None)
    mirror(arrays, env, name)


def mirror(arrays: dict[str, Array], env: dict[str, str], name: str) -> None:
    if 0 in arrays[name]:
        env[name] = arrays[name][0]
    else:
        env.pop(name, None)


def braced(inside: str) -> re.Match[str] | None:
    """${inside} when it names an array's element or elements: (! or #, name, subscript, the rest)."""
    return _BRACED.fullmatch(inside)


def _array(name: str) -> Array | None:
    return (ARRAYS.get() or {}).get(name)


def assoc_of(name: str) -> Assoc | None:
    """The associative array of the name (shellassoc.py), if it is one."""
    return (ASSOCS.get() or {}).get(name)


def values(name: str) -> list[str]:
    """The elements in order; listing them is a step per 8 (${a[@]:i:1} in a loop over 100,000
    elements listed them all at each pass, uncharged: 3,000 passes 6 s)."""
    array = _array(name)
    if array is None:
        return []
    budget.current().step(len(array) >> 3)
    return [array[k] for k in sorted(array)]


def indices(name: str) -> list[int]:
    array = _array(name)
    if array is None:
        return []
    budget.current().step(len(array) >> 3)
    return sorted(array)


def count(name: str) -> int:
    """${#NAME[@]}: how many elements (bash keeps the count: num_elements)."""
    array = _array(name)
    return len(array) if array is not None else 0


def element(name: str, sub: int, env: dict[str, str]) -> str | None:
    """${NAME[SUB]}: the element, None when there is none; a plain variable is element 0."""
    array = _array(name)
    if array is None:
        return env.get(name) if sub == 0 else None
    return array.get(index_of(array, sub))


def copied(arrays: dict[str, Array]) -> dict[str, Array]:
    return {name: dict(array) if type(array) is dict else _declared_copy(array) for name, array in arrays.items()}


def _declared_copy(array: Array) -> Array:
    made = Declared(array)
    made.valued = declared_only(array) is False
    return made


def copied_assoc(tables: dict[str, Assoc]) -> dict[str, Assoc]:
    return {name: table.copy() for name, table in tables.items()}


def declared(name: str, array: Array, flags: str, quote: Callable[[str], str]) -> str:
    """declare -p's line for an array (arrayfunc.c array_to_assign)."""
    if declared_only(array):
        return f"declare -a{flags} {name}"
    return f"declare -a{flags} {assigned(name, array, quote)}"


def assigned(name: str, array: Array, quote: Callable[[str], str]) -> str:
    """NAME=([0]="v" ...), as set and declare -p show an array: a step an element quoted (declare -p
    of 100,000 elements 300 times took 2.7 s to reach the stream's bound)."""
    budget.current().step(len(array))
    return f"{name}=(" + " ".join(f"[{k}]={quote(array[k])}" for k in sorted(array)) + ")"
