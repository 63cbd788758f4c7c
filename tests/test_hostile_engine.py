"""A hostile learner against the shell's kept state (aliases, jobs) and the archives held in files:
each line ends fast and as the real programs end it, and a refused one changes nothing."""

from __future__ import annotations

import hashlib
import itertools
import json
import time

from app.engine import apply
from app.engine.archive import Member, archive_size
from app.engine.fs import FILE, Node
from tests.helpers import out, run

MARK = r"\0layerlab-tar "  # what archive.MAGIC looks like in a printf format


# -- aliases: bash's reader (parse.y alias_expand_token, push_string, pop_string) --------------


def test_an_alias_whose_value_is_a_list_naming_itself_runs_once() -> None:
    _, r = run("ls", "alias ls='ls;ls'", "ls | head -3", "ls")
    assert out(r[2]) == ["Dockerfile", "feedback", "package.json"]  # was: nested more than 32 levels
    assert out(r[3]) == out(r[0]) * 2


def test_an_alias_ending_in_a_blank_expands_again_once_its_text_is_read() -> None:
    # bash 5.2: `f f f f f` is twenty words from e's value, the first the command
    _, r = run("alias e='echo ' f='e e e e '", "f f f f f", "alias x='y ' y='x '", "x y x",
               "alias t='echo ' u='t '", "u u u", "alias n=''", "n echo hi")
    assert out(r[1]) == [" ".join(["echo"] * 19)]
    assert (out(r[3]), r[3].exit_code) == (["bash: x: command not found"], 127)
    assert out(r[5]) == ["echo echo"]
    assert out(r[7]) == ["hi"]


def test_aliases_that_multiply_end_at_the_step_budget_changing_nothing() -> None:
    names = "abcdefghijk"
    defs = " ".join(f"{a}='{b} {b} {b} {b} '" for a, b in itertools.pairwise(names))
    w, [_] = run(f"alias {defs}")
    started = time.process_time()
    r = apply(w, "a > out.txt")
    assert time.process_time() - started < 5
    assert r.exit_code == 1 and "steps of work" in out(r)[-1]
    assert r.world is w


# -- jobs ---------------------------------------------------------------------------------------


def test_wait_with_no_job_is_silent_and_0() -> None:
    _, r = run("wait; echo $?", "wait '*'")
    assert out(r[0]) == ["0"]
    assert (out(r[1]), r[1].exit_code) == (["bash: wait: `*': not a pid or valid job spec"], 1)


def test_ten_thousand_jobs_are_listed_and_forgotten_in_linear_time() -> None:
    w, [r] = run("for i in $(seq 10000); do sleep 1 & done")
    assert r.exit_code == 0 and len(out(r)) == 10000
    started = time.process_time()
    listed = apply(w, "jobs | wc -l")
    assert time.process_time() - started < 0.5  # was 1 s: each line of `jobs` looked through them all
    assert out(listed) == ["10000"]


# -- archives a learner writes by hand ----------------------------------------------------------


def test_a_file_that_only_starts_like_an_archive_is_its_bytes() -> None:
    _, r = run(f"printf '{MARK}999999999999999999999\\n' > big.tar", "ls -l big.tar", "tar -tf big.tar",
               f"printf '{MARK}\u00b2\\n' > sup.tar", "wc -c sup.tar",
               f"printf '{MARK}1024\\n[\"x\", \"f\", \"rw\", 0, 0, 5, 0, \"\", \"\", [1]]\\n' > t.tar", "tar -xf t.tar",
               f"printf '{MARK}1024\\n[\"x\", \"f\", 420, 0, 0, 99999999999999, 0, \"\", \"\", \"hello\"]\\n' > h.tar",
               "docker import h.tar huge")
    assert out(r[1]) == ["-rw-r--r-- 1 learner learner 36 Mar  2 09:00 big.tar"]
    assert out(r[2])[0] == "tar: This does not look like a tar archive"
    assert out(r[4]) == ["17 sup.tar"]  # was: a ValueError (int of a superscript digit)
    assert r[6].exit_code == 2 and out(r[6])[0] == "tar: This does not look like a tar archive"
    assert (out(r[8]), r[8].exit_code) == (["Error response from daemon: unexpected EOF"], 1)


def test_docker_cp_from_stdin_refuses_members_leading_out_of_the_folder() -> None:
    # go-archive Unpack's breakoutError; a layer (docker import) is unpacked in a chroot at its root instead
    trav = f"{MARK}2048\\n[\"../../etc/evil\", \"f\", 420, 0, 0, 5, 0, \"\", \"\", \"hello\"]\\n"
    link = f"{MARK}2560\\n[\"up\", \"l\", 511, 0, 0, 5, 0, \"\", \"\", \"../..\"]\\n[\"up/x\", \"f\", 420, 0, 0, 5, 0, \"\", \"\", \"hello\"]\\n"
    _, r = run("docker run -d --name cc busybox sleep inf", f"printf '{trav}' > trav.tar", f"printf '{link}' > link.tar",
               "docker cp - cc:/tmp < trav.tar", "docker cp - cc:/tmp < link.tar",
               "docker exec cc ls /etc/evil /tmp", "tar -tvf trav.tar")
    assert (out(r[3]), r[3].exit_code) == (["Successfully copied 0B to cc:/tmp",
                                            'Error response from daemon: "../../etc/evil" is outside of "/tmp"'], 1)
    assert out(r[4])[1] == 'Error response from daemon: invalid symlink "/tmp/up" -> "../.."'
    assert out(r[5]) == ["ls: /etc/evil: No such file or directory", "/tmp:"]
    assert out(r[6]) == ["-rw-r--r-- 0/0               5 1970-01-01 00:00 ../../etc/evil"]


def test_tar_leaves_out_the_archive_it_writes() -> None:
    _, r = run("tar -cf a.tar .", "tar -tf a.tar | grep -c a.tar", "tar -cf b.tar b.tar Dockerfile; echo $?",
               "tar -tf b.tar", "docker run --rm busybox sh -c 'cd /tmp && tar -cf a.tar . ; tar -tf a.tar'",
               "tar -cf /nope/x.tar nothere")
    assert (out(r[0]), r[0].exit_code) == (["tar: ./a.tar: file is the archive; not dumped"], 0)
    assert out(r[1]) == ["0"]
    assert out(r[2]) == ["tar: b.tar: file is the archive; not dumped", "0"]
    assert out(r[3]) == ["Dockerfile"]
    assert out(r[4])[-2:] == ["tar: ./a.tar: file is the archive; skipping", "./"]
    # GNU tar opens the archive before it reads a name
    assert out(r[5]) == ["tar: /nope/x.tar: Cannot open: No such file or directory",
                         "tar: Error is not recoverable: exiting now"]


def _saved(files: dict[str, str]) -> str:
    """A printf line writing an archive of these files as docker save's writer sizes it."""
    members = [Member(name, Node(FILE, text, len(text.encode()))) for name, text in files.items()]
    lines = [json.dumps([m.name, FILE, 0o644, 0, 0, m.node.size, 0, "", "", m.node.data]) for m in members]
    body = "\\n".join(line.replace("\\", "\\\\").replace("%", "%%").replace("'", "'\\''") for line in lines)
    return f"printf '{MARK}{archive_size(members)}\\n{body}\\n' > l.tar"


def test_docker_load_decodes_its_json_as_go_does() -> None:
    # moby image/tarexport/load.go: json.Decode into []manifestItem, image.NewFromJSON
    manifest = json.dumps([{"Config": "c.json", "Layers": []}])
    cases = [({"manifest.json": "[1]"}, "json: cannot unmarshal number into Go value of type tarexport.manifestItem"),
             ({"manifest.json": "null"}, "invalid manifest, manifest cannot be null (but can be [])"),
             ({"manifest.json": '[{"Config": 5}]'},
              "json: cannot unmarshal number into Go struct field manifestItem.Config of type string"),
             ({"manifest.json": manifest, "c.json": "[1]"}, "json: cannot unmarshal array into Go value of type image.Image"),
             ({"manifest.json": manifest, "c.json": "{}"}, "invalid image JSON, no RootFS key"),
             ({"manifest.json": manifest, "c.json": '{"rootfs": {}, "config": {"Env": 5}}'},
              "json: cannot unmarshal number into Go struct field Config.config.Env of type []string"),
             ({"manifest.json": manifest, "c.json": '{"rootfs": {}, "history": [{"created": "now"}]}'},
              'parsing time "now" as "2006-01-02T15:04:05Z07:00": cannot parse "now" as "2006"')]
    for files, message in cases:
        w, r = run(_saved(files), "docker load -i l.tar")
        assert (out(r[1]), r[1].exit_code) == ([message], 1), files  # was: internal errors
        assert w.images == r[0].world.images
    config = '{"rootfs": {"type": "layers", "diff_ids": []}, "config": {"cmd": "ls -l"}}'
    digest = hashlib.sha256(config.encode()).hexdigest()
    _, r = run(_saved({"manifest.json": manifest, "c.json": config}), "docker load -i l.tar",
               "docker image inspect -f '{{json .Config.Cmd}}' " + digest[:12])
    assert out(r[1]) == [f"Loaded image ID: sha256:{digest}"]  # image/store.go: the config's digest
    assert out(r[2]) == ['["ls -l"]']  # strslice: a string is a one-word command


# -- images: commit, import and load in a loop (app/engine/imagecmds.py store_image) -----------


def test_commits_imports_and_loads_stop_at_the_image_bound_and_leave_no_layer_behind() -> None:
    """They bypassed MAX_IMAGES (pull and build kept it): 250 commits in five lines made a page of
    2.4 MB that every command sent again; a refused one must not leave its layer in the world."""
    from app.engine.world import MAX_IMAGES

    fill = "; ".join(f"docker exec box touch /f{i}; docker commit box img{i} > /dev/null" for i in range(40))
    world, r = run("docker pull -q busybox", "docker run -d --name box busybox sleep 1000",
                   "docker commit box first > /dev/null; docker save -o first.tar first; docker rmi first > /dev/null",
                   fill)
    assert len(world.images) == MAX_IMAGES
    assert r[3].lines[-1] == (2, "Error response from daemon: layerlab: this sandbox holds at most "
                                 f"{MAX_IMAGES} images; remove some with docker rmi")
    layers = set(world.layers)
    started = time.process_time()
    for line in ("docker exec box touch /more; docker commit box more", "docker export box | docker import - more",
                 "docker load -i first.tar"):
        result = apply(world, line)
        world = result.world
        assert result.exit_code == 1 and "holds at most" in result.lines[-1][1]
    assert time.process_time() - started < 2
    assert set(world.layers) == layers and len(world.images) == MAX_IMAGES
