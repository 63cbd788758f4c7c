"""Go text/template as the docker CLI runs it: template + data -> output, or the exact error."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import apply, initial_world
from app.engine.gotemplate import (
    HEADER_FUNCS,
    AnyMap,
    BudgetError,
    ExecError,
    GoContext,
    GoNil,
    GoStruct,
    JsonNumber,
    ParseError,
    TemplateError,
    parse,
    raw_json_value,
)
from app.engine.world import World


def _struct(**fields: object) -> GoStruct:
    s = GoStruct(fields)
    s.go_type = "types.Thing"
    return s


DATA = {
    "Name": "feedback-app",
    "N": 3,
    "Neg": -7,
    "F": 2.5,
    "Yes": True,
    "Empty": "",
    "List": ["a", "b", "c"],
    "Nums": [1, 2],
    "Labels": {"zeta": "1", "alpha": "2"},
    "State": _struct(Status="running", Running=True, ExitCode=0),
    "NilSlice": GoNil("[]string"),
    "NilMap": GoNil("map[string]string"),
    "NilPtr": GoNil("*types.Health"),
    "Null": None,
}

RENDERS = [
    # fields, maps, printing of Go values
    ("{{.Name}}", "feedback-app"),
    ("{{.State.Status}}", "running"),
    ("{{.Nope}}", "<no value>"),
    ("{{.Labels.alpha}}", "2"),
    ("{{.Labels}}", "map[alpha:2 zeta:1]"),
    ("{{.List}}", "[a b c]"),
    ("{{.State}}", "{running true 0}"),
    ("{{.NilSlice}} {{.NilMap}} {{.NilPtr}}", "[] map[] <nil>"),
    ("{{.Null}}", "<no value>"),
    ("{{.F}} {{.Yes}} {{.Neg}}", "2.5 true -7"),
    ("{{.}}", None),  # printed below: just must not fail
    # literals
    ('{{"a\\tb"}}|{{`raw\\n`}}|{{\'a\'}}|{{0x1F}}|{{1e3}}|{{1.50}}|{{true}}|{{-4}}', "a\tb|raw\\n|97|31|1000|1.5|true|-4"),
    ("{{1e6}} {{1e21}} {{0.00001}}", "1e+06 1e+21 1e-05"),
    ("{{0o17}} {{017}} {{0b101}} {{1_000}}", "15 15 5 1000"),
    # pipelines, parentheses, variables
    ('{{.Name | printf "%s!"}}', "feedback-app!"),
    ('{{if (eq .State.Status "running")}}up{{end}}', "up"),
    ('{{printf "%s-%s" (upper .Name) (lower "X")}}', "FEEDBACK-APP-x"),
    ("{{$x := .N}}{{$x}}{{$x = 5}} {{$x}}", "3 5"),
    ("{{with $s := .State}}{{$s.Status}} {{$.Name}}{{end}}", "running feedback-app"),
    ("{{(.State).Status}}", "running"),
    # control
    ("{{if .Empty}}a{{else if .N}}b{{else}}c{{end}}", "b"),
    ("{{if .NilSlice}}a{{else}}b{{end}}{{if .State}}s{{end}}", "bs"),
    ("{{with .Nope}}a{{else with .Name}}{{.}}{{end}}", "feedback-app"),
    ("{{with .Empty}}a{{else}}none{{end}}", "none"),
    ("{{range .List}}[{{.}}]{{end}}", "[a][b][c]"),
    ("{{range $i, $e := .List}}{{$i}}={{$e}} {{end}}", "0=a 1=b 2=c "),
    ("{{range $k, $v := .Labels}}{{$k}}:{{$v}};{{end}}", "alpha:2;zeta:1;"),
    ("{{range $v := .Labels}}{{$v}}{{end}}", "21"),
    ("{{range .NilSlice}}x{{else}}empty{{end}}", "empty"),
    ("{{range .Nope}}x{{else}}missing{{end}}", "missing"),
    ('{{range .List}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}', "ac"),
    ('{{range .List}}{{if eq . "b"}}{{break}}{{end}}{{.}}{{end}}', "a"),
    ("{{range 3}}{{.}}{{end}}", "012"),
    ('{{define "T"}}<{{.}}>{{end}}{{template "T" .Name}}{{block "B" .N}}[{{.}}]{{end}}', "<feedback-app>[3]"),
    # comments and trim markers
    ("a {{/* note */}} b", "a  b"),
    ("a  {{- /* note */ -}}  b", "ab"),
    ("x \n {{- .N -}} \n y", "x3y"),
    ("{{- 3 }}", "3"),
    # and/or/not
    ('{{and .N .Empty "z"}}|{{and .N "z"}}|{{or .Empty 0 "first"}}|{{or .Empty 0}}|{{not .Empty}}', "|z|first|0|true"),
    ("{{and .Empty (index .List 99)}}", ""),  # short-circuit: index is never called
    # comparisons
    ('{{eq .Name "x" "feedback-app"}} {{ne .N 3}} {{lt .N 4}} {{le 3 3}} {{gt "b" "a"}} {{ge 1.5 2.5}}',
     "true false true true true false"),
    ("{{eq .Null nil}} {{eq .NilSlice nil}} {{eq .N nil}}", "true true false"),
    # len, index, slice
    ("{{len .List}} {{len .Labels}} {{len .Name}} {{len \"é\"}} {{len .NilSlice}}", "3 2 12 2 0"),
    ('{{index .List 1}} {{index .Labels "zeta"}} {{index .Labels "none"}}|{{index .Name 0}}', "b 1 |102"),
    ("{{slice .List 1}} {{slice .List 0 2}} {{slice .Name 0 8}} {{slice .List}}", "[b c] [a b] feedback [a b c]"),
    # printing functions
    ('{{print "a" 1 2 "b"}}|{{println .N "x"}}|', "a1 2b|3 x\n|"),
    ('{{printf "%5s|%-5s|%q|%d|%05d|%x|%X|%t|%%|%v|%v" "ab" "ab" "a\\"b" 42 42 255 "hi" true .List .Labels}}',
     '   ab|ab   |"a\\"b"|42|00042|ff|6869|true|%|[a b c]|map[alpha:2 zeta:1]'),
    ('{{printf "%.2f|%6.1f|%e|%g|%c|%U|%+d|%T|%T" .F .F 1000.0 .F 65 65 5 .List .Labels}}',
     "2.50|   2.5|1.000000e+03|2.5|A|U+0041|+5|[]string|map[string]string"),
    ('{{printf "%d" "x"}}|{{printf "%s" .N}}|{{printf "%s"}}|{{printf "a" 1 "b"}}|{{printf "%s" nil}}|{{printf "%z" 1}}',
     "%!d(string=x)|%!s(int=3)|%!s(MISSING)|a%!(EXTRA int=1, string=b)|%!s(<nil>)|%!z(int=1)"),
    ('{{printf "%+v" .State}}', "{Status:running Running:true ExitCode:0}"),
    ('{{html "<a href=\'x\'>&</a>"}}', "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"),
    ('{{js "it\'s <b> \\"q\\" = \\\\"}}', "it\\'s \\u003Cb\\u003E \\\"q\\\" \\u003D \\\\"),
    ('{{urlquery "a b&c=d/é"}} {{urlquery 1 2}}', "a+b%26c%3Dd%2F%C3%A9 1+2"),
    # Docker's functions
    ("{{json .List}} {{json .Labels}} {{json .State}} {{json .NilSlice}} {{json .Nope}}",
     '["a","b","c"] {"zeta":"1","alpha":"2"} {"Status":"running","Running":true,"ExitCode":0} null null'),
    ('{{json "<&>"}}', '"<&>"'),  # SetEscapeHTML(false)
    ('{{join .List ", "}}|{{split "a:b:c" ":"}}|{{len (split "abc" "")}}', "a, b, c|[a b c]|3"),
    ('{{upper "abc"}} {{lower "ABC"}} {{title "hello wORLD-x"}}', "ABC abc Hello WORLD-X"),
    ('[{{pad "x" 2 3}}][{{pad "" 2 3}}]', "[  x   ][]"),
    ('{{truncate "abcdef" 3}} {{truncate "ab" 3}} {{truncate "abc" 3}}', "abc ab abc"),
]


@pytest.mark.parametrize(("text", "want"), RENDERS, ids=[r[0] for r in RENDERS])
def test_renders(text: str, want: str | None) -> None:
    got = parse(text).execute(DATA)
    if want is not None:
        assert got == want


PARSE_ERRORS = [
    ("{{.A", "template: :1: unclosed action"),
    ("{{.A}", "template: :1: bad character U+007D '}'"),
    ("a\n{{.A\nb", 'template: :3: function "b" not defined'),
    ("a\n{{.A\n", "template: :3: unclosed action started at :2"),
    ("{{end}}", "template: :1: unexpected {{end}}"),
    ("{{else}}", "template: :1: unexpected {{else}}"),
    ("{{if .A}}", "template: :1: unexpected EOF"),
    ("{{if}}{{end}}", "template: :1: missing value for if"),
    ("{{}}", "template: :1: missing value for command"),
    ("{{nope .A}}", 'template: :1: function "nope" not defined'),
    ("{{$x}}", 'template: :1: undefined variable "$x"'),
    ("{{.A | 3}}", "template: :1: non executable command in pipeline stage 2"),
    ('{{"abc}}', "template: :1: unterminated quoted string"),
    ("{{`abc}}", "template: :1: unterminated raw quoted string"),
    ("{{/* x }}", "template: :1: unclosed comment"),
    ("{{/* x */ }}", "template: :1: comment ends before closing delimiter"),
    ("{{(.A}}", "template: :1: unclosed left paren"),
    ("{{.A)}}", "template: :1: unexpected right paren"),
    ("{{break}}", "template: :1: {{break}} outside {{range}}"),
    ("{{3x}}", 'template: :1: bad number syntax: "3x"'),
    ("{{08}}", 'template: :1: integer overflow: "08"'),
    ('{{"\\q"}}', "template: :1: invalid syntax"),
    ("{{'ab'}}", "template: :1: malformed character constant: 'ab'"),
    ("{{.A ~}}", 'template: :1: unexpected "~" in operand'),
    ('{{"x".A}}', 'template: :1: unexpected . after term "\\"x\\""'),
    ("{{range $a, $b, $c := .}}{{end}}", "template: :1: too many declarations in range"),
    ("{{with $a, $b := .}}{{end}}", "template: :1: too many declarations in with"),
    ("{{if .A}}{{else}}{{else}}{{end}}", "template: :1: expected end; found {{else}}"),
    ("{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}",
     'template: :1: template: multiple definition of template "a"'),
    ("{{template .A}}", 'template: :1: unexpected ".A" in template clause'),
    ("{{→}}", "template: :1: unrecognized character in action: U+2192 '→'"),
]


@pytest.mark.parametrize(("text", "message"), PARSE_ERRORS, ids=[p[0] for p in PARSE_ERRORS])
def test_parse_errors(text: str, message: str) -> None:
    with pytest.raises(ParseError) as exc:
        parse(text)
    assert str(exc.value) == message


EXEC_ERRORS = [
    ("{{.State.Nope}}", "template: :1:8: executing \"\" at <.State.Nope>: can't evaluate field Nope in type types.Thing"),
    ("{{.Name.X}}", 'template: :1:7: executing "" at <.Name.X>: can\'t evaluate field X in type string'),
    ("{{.Labels.x 1}}", 'template: :1:9: executing "" at <.Labels.x>: x is not a method but has arguments'),
    ("{{.NilPtr.Status}}", 'template: :1:9: executing "" at <.NilPtr.Status>: nil pointer evaluating *types.Health.Status'),
    ("{{.Null.X}}", 'template: :1:7: executing "" at <.Null.X>: nil pointer evaluating interface {}.X'),
    ("{{index .List 5}}", 'template: :1:2: executing "" at <index .List 5>: error calling index: index out of range: 5'),
    ("{{index .List 3}}", 'template: :1:2: executing "" at <index .List 3>: error calling index: reflect: slice index out of range'),
    ("{{index .N 1}}", 'template: :1:2: executing "" at <index .N 1>: error calling index: can\'t index item of type int'),
    ('{{index .List "a"}}', 'template: :1:2: executing "" at <index .List "a">: error calling index: cannot index slice/array with type string'),
    ("{{index .Labels 1}}", 'template: :1:2: executing "" at <index .Labels 1>: error calling index: value has type int; should be string'),
    ("{{index nil 1}}", 'template: :1:2: executing "" at <index nil 1>: error calling index: index of untyped nil'),
    ("{{slice .List 2 1}}", 'template: :1:2: executing "" at <slice .List 2 1>: error calling slice: invalid slice index: 2 > 1'),
    ("{{slice .N 1}}", 'template: :1:2: executing "" at <slice .N 1>: error calling slice: can\'t slice item of type int'),
    ("{{len .N}}", 'template: :1:2: executing "" at <len .N>: error calling len: len of type int'),
    ("{{len .Nope}}", 'template: :1:2: executing "" at <len .Nope>: error calling len: reflect: call of reflect.Value.Type on zero Value'),
    ("{{len}}", 'template: :1:2: executing "" at <len>: wrong number of args for len: want 1 got 0'),
    ("{{index}}", 'template: :1:2: executing "" at <index>: wrong number of args for index: want at least 1 got 0'),
    ("{{eq .N}}", 'template: :1:2: executing "" at <eq .N>: error calling eq: missing argument for comparison'),
    ('{{eq .N "3"}}', 'template: :1:2: executing "" at <eq .N "3">: error calling eq: incompatible types for comparison: int and string'),
    ("{{lt .Yes true}}", 'template: :1:2: executing "" at <lt .Yes true>: error calling lt: invalid type for comparison'),
    ("{{lt .List 1}}", 'template: :1:2: executing "" at <lt .List 1>: error calling lt: invalid type for comparison'),
    ("{{eq .List .List}}", 'template: :1:2: executing "" at <eq .List .List>: error calling eq: non-comparable type [a b c]: []string'),
    ("{{upper .N}}", 'template: :1:8: executing "" at <.N>: wrong type for value; expected string; got int'),
    ("{{upper 3}}", 'template: :1:8: executing "" at <3>: expected string; found 3'),
    ('{{truncate "abc" "x"}}', 'template: :1:17: executing "" at <"x">: expected integer; found "x"'),
    ("{{join .Nums \",\"}}", 'template: :1:7: executing "" at <.Nums>: wrong type for value; expected []string; got []interface {}'),
    ("{{upper nil}}", 'template: :1:8: executing "" at <nil>: cannot assign nil to string'),
    ('{{truncate "abc" -1}}', 'template: :1:2: executing "" at <truncate "abc" -1>: error calling truncate: runtime error: slice bounds out of range [:-1]'),
    ("{{call .Name}}", 'template: :1:2: executing "" at <call .Name>: error calling call: non-function .Name of type string'),
    ("{{call .Nope}}", 'template: :1:2: executing "" at <call .Nope>: error calling call: call of nil'),
    ("{{range .Name}}{{end}}", 'template: :1:8: executing "" at <.Name>: range can\'t iterate over feedback-app'),
    ("{{range $i, $e := 3}}{{end}}", 'template: :1:18: executing "" at <3>: can\'t use 3 to iterate over more than one variable'),
    ("{{nil}}", 'template: :1:2: executing "" at <nil>: nil is not a command'),
    ('{{"x" 1}}', 'template: :1:2: executing "" at <"x">: can\'t give argument to non-function "x"'),
    ('{{template "none"}}', 'template: :1:11: executing "" at <{{template "none"}}>: template "none" not defined'),
    ('{{define "T"}}{{.X}}{{end}}{{template "T" .N}}', 'template: :1:16: executing "T" at <.X>: can\'t evaluate field X in type int'),
    ("{{9223372036854775808}}", 'template: :1:2: executing "" at <9223372036854775808>: 9223372036854775808 overflows int'),
]


@pytest.mark.parametrize(("text", "message"), EXEC_ERRORS, ids=[e[0] for e in EXEC_ERRORS])
def test_exec_errors(text: str, message: str) -> None:
    with pytest.raises(ExecError) as exc:
        parse(text).execute(DATA)
    assert str(exc.value) == message


def test_missingkey_error_and_raw_json() -> None:
    raw = raw_json_value({"Name": "data", "Labels": None, "RestartCount": 0, "B": {"z": 1, "a": 2}})
    assert isinstance(raw, AnyMap) and isinstance(raw["RestartCount"], JsonNumber)
    assert parse("{{.Name}} {{.Labels}} {{.RestartCount}} {{json .B}}").execute(raw, missingkey="error") == \
        'data <no value> 0 {"a":2,"z":1}'
    with pytest.raises(ExecError) as exc:
        parse("{{range .Mounts}}{{end}}").execute(raw, missingkey="error")
    assert str(exc.value) == 'template: :1:8: executing "" at <.Mounts>: map has no entry for key "Mounts"'
    with pytest.raises(ExecError) as exc:
        parse("{{eq .RestartCount 0}}").execute(raw, missingkey="error")
    assert "incompatible types for comparison: json.Number and int" in str(exc.value)
    with pytest.raises(ExecError) as exc:
        parse("{{.Labels.x}}").execute(raw, missingkey="error")
    assert str(exc.value).endswith("nil pointer evaluating interface {}.x")


def test_partial_output_and_header_functions() -> None:
    with pytest.raises(ExecError) as exc:
        parse("a{{.Name}}b{{.Nope.X}}c").execute(_struct(Name="n"))
    assert exc.value.partial == "anb"
    header = {"Names": "NAMES", "Labels": "LABELS"}
    assert parse("{{upper .Names}} {{json .Labels}} {{truncate .Names 2}}").execute(header, funcs=HEADER_FUNCS) == \
        "NAMES LABELS NAMES"


def test_context_methods() -> None:
    ctx = GoContext({"Names": "web"}, "*formatter.ContainerContext", {"Label": lambda name: {"a": "1"}.get(name, "")})
    assert parse('{{.Names}} {{.Label "a"}}|{{.Label "b"}}|').execute(ctx) == "web 1||"
    with pytest.raises(ExecError) as exc:
        parse("{{.Nope}}").execute(ctx)
    assert str(exc.value) == ('template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type '
                              "*formatter.ContainerContext")
    with pytest.raises(ExecError) as exc:
        parse("{{.Label}}").execute(ctx)
    assert str(exc.value).endswith("wrong number of args for Label: want 1 got 0")


def test_budget_stops_runaway_templates() -> None:
    with pytest.raises(BudgetError):
        parse("{{range 100000000}}x{{end}}").execute(None)
    with pytest.raises(BudgetError):
        parse('{{printf "%999999999d" 1}}').execute(None)
    with pytest.raises(TemplateError):
        parse('{{define "a"}}{{template "a"}}{{end}}{{template "a"}}').execute(None)


def test_parse_is_cached() -> None:
    assert parse("{{.Name}} cached") is parse("{{.Name}} cached")


# ---------------------------------------------------------------------------------------------
# Property: any template built from the grammar's pieces fails only with the module's own errors.

_PIECES = ["{{", "}}", "{{- ", " -}}", ".", ".Name", ".State.Status", ".List", ".Labels", ".Nope", "$", "$x", "$x :=",
           "$x =", "$k, $v :=", "|", "(", ")", " ", '"s"', "`r`", "'c'", "1", "-2", "1.5", "0x1F", "true", "nil",
           "if", "else", "else if", "end", "range", "with", "break", "continue", "define", "template", "block",
           '"T"', "/*", "*/", "and", "or", "not", "len", "index", "slice", "printf", "print", "println", "call",
           "html", "js", "urlquery", "eq", "ne", "lt", "le", "gt", "ge", "json", "join", "split", "lower", "upper",
           "title", "pad", "truncate", '"%d %s %v %q %5s %-3x"', ",", "=", ":", "\n", "text"]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(bits=st.lists(st.sampled_from(_PIECES), max_size=24), data=st.sampled_from([DATA, None, "str", 7,
                                                                                  raw_json_value(DATA)]))
def test_random_templates_raise_only_template_errors(bits: list[str], data: object) -> None:
    text = "".join(bits)
    try:
        tmpl = parse(text)
    except ParseError:
        return
    for missingkey in ("default", "error"):
        with contextlib.suppress(TemplateError):
            tmpl.execute(data, missingkey=missingkey)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(action=st.lists(st.sampled_from([p for p in _PIECES if p not in ("{{", "}}", "{{- ", " -}}")]),
                       min_size=1, max_size=8))
def test_random_actions_raise_only_template_errors(action: list[str]) -> None:
    text = "{{" + " ".join(action) + "}}"
    with contextlib.suppress(TemplateError):
        parse(text).execute(DATA)


# ---------------------------------------------------------------------------------------------
# Through the docker commands


def _lines(world: World, *lines: str) -> tuple[list[str], int]:
    for line in lines[:-1]:
        r = apply(world, line)
        assert r.exit_code == 0, (line, r.text)
        world = r.world
    r = apply(world, lines[-1])
    return r.text, r.exit_code


def test_range_over_a_volume_field_it_lacks_is_a_template_error() -> None:
    """Regression (issue 13): this crashed with "TypeError: '_Raw' object is not iterable" [70]."""
    text, code = _lines(initial_world(), "docker volume create data", "docker inspect -f '{{range .Mounts}}{{end}}' data")
    assert text == ["", 'template parsing error: template: :1:8: executing "" at <.Mounts>: map has no entry for key '
                    '"Mounts"']
    assert code == 1


def test_inspect_parse_error_exits_64() -> None:
    text, code = _lines(initial_world(), "docker volume create data", "docker inspect -f '{{.Name' data")
    assert (text, code) == (["template parsing error: template: :1: unclosed action"], 64)


def test_volume_inspect_has_no_raw_fallback() -> None:
    text, code = _lines(initial_world(), "docker volume create data", "docker volume inspect -f '{{.Nope}}' data")
    assert text == ["", 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope '
                    "in type volume.Volume"]
    assert code == 1


def test_inspect_missing_object_after_flush_newline() -> None:
    text, code = _lines(initial_world(), "docker inspect -f '{{.Name}}' nope")
    assert (text, code) == (["", "Error: No such object: nope"], 1)


def test_ps_format_errors() -> None:
    w = initial_world()
    assert _lines(w, "docker ps --format '{{.Names'") == (
        ["failed to parse template: template: :1: unclosed action"], 1)
    assert _lines(w, "docker ps --format '{{.Nope}}'") == (
        ['failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type '
         "*formatter.ContainerContext"], 1)
    assert _lines(w, "docker volume create vv", "docker volume ls --format '{{.Nope}}'") == (
        ['template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type '
         "*formatter.volumeContext"], 1)
    assert _lines(w, "docker volume create vv", "docker volume ls --format '{{upper .Name}}\\t{{.Label \"x\"}}|'") == (
        ["VV\t|"], 0)
    assert _lines(w, "docker volume create vv", "docker volume ls --format 'table {{upper .Name}}\\t{{.Driver}}'") == (
        ["VOLUME NAME   DRIVER", "VV            local"], 0)
