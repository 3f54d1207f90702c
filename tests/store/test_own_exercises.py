"""Own exercises on disk: saved whole, read leniently, deleted ones kept for their history."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from samples import SVG, own, png

from foot_coach.core.catalog import Catalog
from foot_coach.store.own_exercises import (
    OwnExercises,
    OwnExercisesError,
    OwnExercisesFile,
    free_id,
)


def keeper(tmp_path: Path, catalog: Catalog) -> OwnExercisesFile:
    return OwnExercisesFile(tmp_path / "own-exercises.toml", tmp_path / "pictures", catalog)


def test_saved_exercises_load_back_in_order_with_retired_kept(
    tmp_path: Path, catalog: Catalog
) -> None:
    first, second = own("calf-stretch"), own("towel-pull", name="Towel pull")
    saved = OwnExercises().put(first).put(second).retire("calf-stretch")
    keeper(tmp_path, catalog).save(saved)
    again = keeper(tmp_path, catalog)
    assert again.load("stamp") == []
    assert again.value == saved
    assert again.value.active == (second,) and again.value.retired == (first,)
    assert stat.S_IMODE((tmp_path / "own-exercises.toml").stat().st_mode) == 0o600


def test_put_replaces_in_place_and_brings_back_a_retired_one(catalog: Catalog) -> None:
    a, b = own("aaa"), own("bbb")
    value = OwnExercises().put(a).put(b).put(own("aaa", name="Changed"))
    assert [e.name for e in value.active] == ["Changed", "Calf stretch"]
    value = value.retire("bbb").put(b)
    assert [e.id for e in value.active] == ["aaa", "bbb"] and value.retired == ()


def test_a_broken_exercise_is_left_out_named_and_the_file_kept(
    tmp_path: Path, catalog: Catalog
) -> None:
    k = keeper(tmp_path, catalog)
    k.save(OwnExercises().put(own("calf-stretch")).put(own("towel-pull")))
    text = k.path.read_text().replace('id = "towel-pull"', 'id = "toe-curls"', 1)
    k.path.write_text(text)
    again = keeper(tmp_path, catalog)
    warnings = again.load("20261125")
    assert [e.id for e in again.value.active] == ["calf-stretch"]
    assert (
        len(warnings) == 1 and "'toe-curls'" in str(warnings[0]) and "built-in" in str(warnings[0])
    )
    assert (tmp_path / "own-exercises.toml.bak-20261125").read_text() == text


def test_not_toml_at_all_loads_nothing_and_keeps_the_file(tmp_path: Path, catalog: Catalog) -> None:
    k = keeper(tmp_path, catalog)
    k.path.write_text("[[[ not toml")
    assert "not valid TOML" in str(k.load("s")[0])
    assert k.value == OwnExercises()
    assert (tmp_path / "own-exercises.toml.bak-s").exists()


def test_pictures_are_checked_and_stored_by_content(tmp_path: Path, catalog: Catalog) -> None:
    k = keeper(tmp_path, catalog)
    name = k.add_picture("My calf (from Anna).png", png())
    assert name.endswith(".png") and "/" not in name
    assert (tmp_path / "pictures" / name).read_bytes() == png()
    assert k.add_picture("again.svg", SVG).endswith(".svg")
    with pytest.raises(ValueError, match="not a PNG"):
        k.add_picture("evil.png", b"MZ\x90")
    with pytest.raises(ValueError, match="file name"):
        k.add_picture("noextension", png())


def test_a_failed_save_names_the_file_and_keeps_the_old_one(
    tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    k = keeper(tmp_path, catalog)
    k.save(OwnExercises().put(own()))
    before = k.path.read_bytes()

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OwnExercisesError, match=r"own-exercises\.toml.*the disk is full"):
        k.save(OwnExercises())
    assert list(tmp_path.glob(".*tmp")) == []
    assert k.path.read_bytes() == before and k.value.active == (own(),)


def test_free_ids_come_from_names_and_never_clash() -> None:
    assert free_id("Calf stretch", set()) == "calf-stretch"
    assert free_id("Calf stretch", {"calf-stretch"}) == "calf-stretch-2"
    assert free_id("!!", set()) == "exercise"
    assert free_id("Ab", set()) == "my-ab"


def test_a_picture_name_ending_in_a_line_break_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    k = keeper(tmp_path, catalog)
    with pytest.raises(ValueError, match="plain file name"):
        k.add_picture("calf.png\n", SVG)
    assert not (tmp_path / "pictures").exists() or not list((tmp_path / "pictures").iterdir())
