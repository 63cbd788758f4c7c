"""Issue 17 points 25-26: the images' real trees and the tools they ship (app/engine/rootfs.py,
app/engine/initlayer.py, app/engine/tools)."""

from __future__ import annotations

import pytest

from app.engine.engine import apply, initial_world
from app.engine.rootfs import parse
from app.engine.tools.diskutils import bb_human, human
from app.engine.world import World


def run(world: World, *lines: str) -> tuple[World, list[str], int]:
    out: list[str] = []
    code = 0
    for line in lines:
        r = apply(world, line)
        world, code = r.world, r.exit_code
        out = r.text
    return world, out, code


def test_rootfs_lines_make_dirs_files_hard_and_symbolic_links() -> None:
    fs = parse("/tmp/ 1777\n/usr/bin/{a,b} 100 755\n/usr/bin/c = /usr/bin/a\n/bin -> usr/bin\n"
               "== /etc/x\nhello\n==\n")
    assert fs.files["/tmp"].mode == 0o1777
    assert fs.files["/usr/bin/b"].size == 100 and fs.files["/usr/bin/b"].mode == 0o755
    assert fs.files["/usr/bin/c"] is fs.files["/usr/bin/a"]
    assert fs.files["/bin/a"] is fs.files["/usr/bin/a"] and fs.links["/bin"] == "usr/bin"
    assert fs.files["/etc/x"].data == "hello\n"


def test_a_link_to_a_later_path_is_refused() -> None:
    with pytest.raises(ValueError, match="must come first"):
        parse("/bin -> usr/bin\n/usr/bin/a 1\n")


@pytest.mark.parametrize(("image", "top"), [
    ("node:14", "bin boot dev etc home lib lib64 media mnt opt proc root run sbin srv sys tmp usr var"),
    ("busybox", "bin dev etc home lib lib64 proc root sys tmp usr var"),
    ("ubuntu", "bin boot dev etc home lib lib64 media mnt opt proc root run sbin srv sys tmp usr var"),
])
def test_ls_root_of_each_image(image: str, top: str) -> None:
    _, out, code = run(initial_world(), f"docker pull -q {image}", f"docker run --rm {image} ls /")
    assert code == 0 and out[-len(top.split()):] == top.split()


def test_writing_under_var_tmp_copies_both_parents_up() -> None:
    _, out, _ = run(initial_world(), "docker run -d --name ww node:14 sleep 100", "docker exec ww touch /var/tmp/x",
                    "docker diff ww")
    assert out == ["C /var", "C /var/tmp", "A /var/tmp/x"]


def test_hostname_is_the_short_id_and_the_init_layer_is_not_in_diff() -> None:
    world, out, _ = run(initial_world(), "docker run -d --name ww node:14 sleep 100", "docker exec ww hostname")
    c = world.container_by_name("ww")
    assert c is not None and out == [c.id[:12]]
    assert run(world, "docker diff ww")[1] == []


def test_ubuntu_has_no_ps_but_node14_has_one() -> None:
    world, out, code = run(initial_world(), "docker pull -q ubuntu", "docker run --rm ubuntu sh -c ps")
    assert (out, code) == (["sh: 1: ps: not found"], 127)
    _, out, code = run(world, "docker run --rm node:14 ps")
    assert code == 0 and out[0] == "  PID TTY          TIME CMD"


def test_a_program_the_image_has_is_not_simulated_never_not_found() -> None:
    _, out, code = run(initial_world(), "docker run --rm node:14 git --version")
    assert (out, code) == (["layerlab: git is not simulated"], 126)
    _, out, code = run(initial_world(), "vim x")
    assert (out, code) == (["layerlab: vim is not simulated"], 126)
    _, out, code = run(initial_world(), "frob")
    assert (out, code) == (["bash: frob: command not found"], 127)


def test_wc_widths_follow_gnu_and_busybox() -> None:
    world = initial_world()
    assert run(world, "wc -l server.js")[1] == ["40 server.js"]
    assert run(world, "cat server.js | wc -l")[1] == ["40"]
    _, out, _ = run(world, "docker pull -q busybox", "docker run --rm busybox sh -c 'cat /etc/passwd | wc'")
    assert out == ["        9         9       340"]


def test_id_lists_the_groups_of_etc_group() -> None:
    _, out, _ = run(initial_world(), "docker pull -q alpine", "docker run --rm alpine id")
    assert out == ["uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),"
                   "11(floppy),20(dialout),26(tape),27(video)"]


def test_human_sizes() -> None:
    assert [human(n) for n in (512, 4096, 1_300_000, 63 * 2**30)] == ["512", "4.0K", "1.3M", "63G"]
    assert [bb_human(n) for n in (0, 4096, 61_202_244 * 1024)] == ["0", "4.0K", "58.4G"]


def test_find_and_grep_are_charged_to_the_budget() -> None:
    world = initial_world()
    spent = apply(world, "docker run --rm node:14 find /").work
    assert spent > 500
    # grep charges a step per line read, find one per entry visited
    assert apply(world, "grep -r x .").work > apply(world, "grep x package.json").work + 30
