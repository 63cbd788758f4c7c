"""The layered filesystem: overlay lookups, copy-up, whiteouts, opaque directories, naive diff."""

from __future__ import annotations

from app.engine.fs import (
    WHITEOUT_NODE,
    Tree,
    dir_node,
    file_node,
    naive_diff,
    normpath,
    overlay_children,
    overlay_get,
    tree_from,
)


def lower() -> list[Tree]:
    base = tree_from({"/app/a.txt": "A", "/app/sub/b.txt": "B", "/etc/os": "x"}).freeze()
    return [base]


def test_normpath_resolves_dots_and_stays_under_root() -> None:
    assert normpath("../../x", "/home/learner") == "/x"
    assert normpath("a/./b/../c", "/w") == "/w/a/c"
    assert normpath("/../..") == "/"


def test_upper_file_hides_lower_file() -> None:
    upper = Tree()
    upper.set("/app/a.txt", file_node("new"))
    node = overlay_get([upper, *lower()], "/app/a.txt")
    assert node is not None and node.data == "new"


def test_whiteout_hides_file_and_listing() -> None:
    upper = Tree()
    upper.set("/app", dir_node())
    upper.set("/app/a.txt", WHITEOUT_NODE)
    layers = [upper, *lower()]
    assert overlay_get(layers, "/app/a.txt") is None
    assert overlay_children(layers, "/app") == ["sub"]


def test_whiteout_of_directory_hides_its_children() -> None:
    upper = Tree()
    upper.set("/app/sub", WHITEOUT_NODE)
    assert overlay_get([upper, *lower()], "/app/sub/b.txt") is None


def test_opaque_directory_hides_lower_children() -> None:
    upper = Tree()
    upper.set("/app", dir_node(opaque=True))
    upper.set("/app/new.txt", file_node("n"))
    layers = [upper, *lower()]
    assert overlay_children(layers, "/app") == ["new.txt"]
    assert overlay_get(layers, "/app/a.txt") is None


def test_naive_diff_lists_parents_before_children_and_skips_unchanged_dirs() -> None:
    upper = Tree()
    upper.set("/app", dir_node())
    upper.set("/app/sub", dir_node())  # copied up but unchanged: not listed
    upper.set("/app/new", dir_node())
    upper.set("/app/new/x.txt", file_node("x"))
    upper.set("/app/a.txt", file_node("changed"))
    upper.set("/etc", dir_node())
    upper.set("/etc/os", WHITEOUT_NODE)
    assert naive_diff(upper, lower()) == [
        ("C", "/app"), ("C", "/app/a.txt"), ("A", "/app/new"), ("A", "/app/new/x.txt"),
        ("C", "/etc"), ("D", "/etc/os"),
    ]


def test_deleted_directory_gives_one_d_line() -> None:
    upper = Tree()
    upper.set("/app", dir_node())
    upper.set("/app/sub", WHITEOUT_NODE)
    assert naive_diff(upper, lower()) == [("C", "/app"), ("D", "/app/sub")]


def test_frozen_tree_is_shared_by_copy_and_mutable_tree_is_not() -> None:
    frozen = lower()[0]
    assert frozen.copy() is frozen
    t = Tree()
    t.set("/x", file_node("1"))
    c = t.copy()
    c.set("/y", file_node("2"))
    assert "/y" not in t and t.children("/") == ["x"]


def test_opaque_ancestor_in_an_upper_layer_hides_lower_content_below_a_new_dir() -> None:
    base = tree_from({"/x/app/old.txt": "old"}).freeze()
    upper = Tree()
    upper.set("/x", dir_node(opaque=True))
    upper.set("/x/app", dir_node())
    layers = [upper, base]
    assert overlay_get(layers, "/x/app/old.txt") is None
    assert overlay_children(layers, "/x/app") == []
    from app.engine.fs import overlay_walk
    assert [p for p, _ in overlay_walk(layers, "/x")] == ["/x/app"]


def test_blockers_follow_every_change_to_a_layer() -> None:
    """A layer keeps the set of paths that hide lower layers up to date as entries come and go (it is
    not scanned again after each write): a file, a whiteout or an opaque directory blocks; a plain
    directory written over any of them no longer does, and a copy keeps its own set."""
    from hypothesis import given
    from hypothesis import strategies as st

    paths = st.sampled_from(["/a", "/a/b", "/a/b/c", "/d", "/d/e"])
    nodes = st.sampled_from([file_node("x"), WHITEOUT_NODE, dir_node(), dir_node(opaque=True)])
    ops = st.lists(st.tuples(st.sampled_from(["set", "delete", "copy", "look"]), paths, nodes), max_size=30)

    @given(ops)
    def check(steps: list[tuple[str, str, object]]) -> None:
        tree = Tree()
        for op, path, node in steps:
            if op == "set":
                tree.set(path, node)  # type: ignore[arg-type]
            elif op == "delete":
                tree.delete(path)
            elif op == "copy":
                tree = tree.copy()
            else:
                tree.blockers()  # the set is built now, and kept from here on
            expected = {p for p, n in tree.entries.items() if n.kind != "d" or n.opaque}
            assert set(tree.blockers()) == expected

    check()


def test_a_write_below_a_whited_out_directory_stays_hidden_after_the_layer_changes() -> None:
    """overlay_get after writes that add and remove blockers in the upper layer."""
    base = tree_from({"/app/x/f": "F", "/app/y": "Y"}).freeze()
    upper = Tree()
    assert overlay_get([upper, base], "/app/x/f") is not None
    upper.set("/app/x", WHITEOUT_NODE)
    assert overlay_get([upper, base], "/app/x/f") is None
    upper.set("/app/x", dir_node(opaque=True))
    assert overlay_get([upper, base], "/app/x/f") is None
    upper.set("/app/x", dir_node())
    assert overlay_get([upper, base], "/app/x/f") is not None


def test_copies_share_one_mapping_until_one_of_them_changes() -> None:
    t = tree_from({f"/etc/f{i}": str(i) for i in range(50)})
    copies = [t.copy() for _ in range(100)]
    assert all(c.entries is t.entries for c in copies)  # what the store's kept worlds hold once
    copies[0].set("/etc/new", file_node("n"))
    copies[1].delete("/etc/f3")
    t.set("/etc/f4", file_node("changed"))
    assert "/etc/new" not in t and "/etc/new" not in copies[2] and "/etc/new" in copies[0]
    assert "/etc/f3" in t and "/etc/f3" in copies[0] and "/etc/f3" not in copies[1]
    assert copies[2].get("/etc/f4") == file_node("4") and t.get("/etc/f4") == file_node("changed")
    assert copies[2].entries is copies[3].entries
    assert copies[2].children("/etc") == sorted(f"f{i}" for i in range(50))


def test_a_node_is_a_file_itself_not_only_its_value() -> None:
    """Nodes are immutable values, but which object a path holds says something: two paths holding
    one node are hard links of one file (tar writes the second as a link), and a base image's
    symbolic link is a copy of its target's very node (tools/paths.image_link). A frozen layer and a
    saved and loaded image keep each path's own node: merging equal nodes into one, to save memory,
    made a loaded busybox image 1.8 MB instead of 3.2 when saved again."""
    from app.engine import apply, initial_world, rootfs
    from app.engine.tools.paths import image_link

    stand_in = rootfs.load("ubuntu").files["/usr/bin/sh"]  # sh -> dash, a copy of dash's node
    assert image_link("/usr/bin/sh", stand_in) == "dash"
    copy = file_node(stand_in.data, stand_in.uid, stand_in.mode, stand_in.size)
    written = tree_from({"/usr/bin/sh": copy, "/usr/bin/x": stand_in}).freeze()
    assert written.get("/usr/bin/sh") is copy and written.get("/usr/bin/x") is stand_in
    assert image_link("/usr/bin/sh", copy) is None
    w = initial_world(0)
    sizes: list[str] = []
    for line in ("docker pull -q busybox", "docker save -o a.tar busybox", "docker rmi -f busybox",
                 "docker load -q -i a.tar", "docker save -o b.tar busybox", "stat -c %s a.tar b.tar"):
        result = apply(w, line)
        w = result.world
        sizes = result.text
    assert len(sizes) == 2 and sizes[0] == sizes[1]


def test_every_world_shares_a_registry_image_layer_tree() -> None:
    from app.engine import apply, initial_world

    first, second = initial_world(1), initial_world(2)
    shared = set(first.layers) & set(second.layers)
    assert shared  # node:14's layers, in every world from the start
    assert all(first.layers[lid].tree is second.layers[lid].tree for lid in shared)
    pulled = [apply(w, "docker pull -q alpine").world for w in (first, second)]
    alpine = set(pulled[0].layers) - set(first.layers)
    assert alpine and all(pulled[0].layers[lid].tree is pulled[1].layers[lid].tree for lid in alpine)
