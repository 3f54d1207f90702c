"""Own exercises in the app: the editor, copies, deleting with history kept, routine files."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from announcements import listen, settle
from PySide6.QtWidgets import QMessageBox
from samples import png
from wall_fakes import Wall

from foot_coach.actions import own_exercises, routine_files
from foot_coach.actions.coaching import amounts
from foot_coach.app import Coach
from foot_coach.core import routine_file
from foot_coach.core.announcing import plain
from foot_coach.core.progression import Source
from foot_coach.store import log
from foot_coach.store.own_exercises import OwnExercises
from foot_coach.store.settings import Settings
from foot_coach.ui.exercise_editor import ExerciseEditor
from foot_coach.ui.illustration import OWN_PICTURES
from foot_coach.ui.widgets.form_fields import select

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def coach(make_coach) -> Coach:
    return make_coach(
        Settings(muted=True, pain_checkins=False),
        wall=Wall(datetime(2026, 11, 1, 9, tzinfo=BERLIN)),
        zone=lambda: BERLIN,
    )


def fill(editor: ExerciseEditor, name: str = "Calf stretch") -> None:
    editor.name.setText(name)
    editor.summary.setText("Stretch the back of the lower leg against a wall.")
    editor.steps.setPlainText("Stand facing a wall.\n\nStep one foot back, heel down.\n")
    editor.feel.setText("A gentle pull in the calf.")
    editor.safety.setText("A pull is fine; pain is not: stop.")
    select(editor.counting, "timed")
    select(editor.sides, ["right", "left"])
    editor.count_min.setValue(3)
    editor.count_max.setValue(5)
    editor.count.setValue(3)
    editor.hold.setValue(20)
    editor.release.setValue(10)
    editor.grows.setChecked(False)


def saved_file(coach: Coach) -> dict:
    return tomllib.loads(coach.ctx.paths.own_exercises.read_text())


def create(coach: Coach, name: str = "Calf stretch") -> str:
    editor = own_exercises.edit(coach.ctx, None)
    fill(editor, name)
    editor.accept()
    assert editor.exercise is not None, editor.problem.text()
    return editor.exercise.id


def test_a_new_exercise_is_saved_and_shown_everywhere(coach: Coach) -> None:
    exercise_id = create(coach)
    assert exercise_id == "calf-stretch"
    stored = saved_file(coach)["exercise"][0]
    assert stored["steps"] == ["Stand facing a wall.", "Step one foot back, heel down."]
    assert stored["counting"] == "timed" and stored["grows"] is False
    assert exercise_id in coach.ctx.catalog.ids
    names = [
        coach.ctx.pages.routine.list.item(i).text()
        for i in range(coach.ctx.pages.routine.list.count())
    ]
    assert "Calf stretch" in names
    page = coach.ctx.pages.exercises
    cards = [page.card(i) for i in range(page.cards.count())]
    card = next(c for c in cards if c.exercise.id == exercise_id)
    assert "3 times for 20 s, on each foot" in card.amount.text()
    assert coach.ctx.pages.exercises.dots.count == 6


def test_the_editor_names_the_field_that_is_wrong_and_saves_nothing(
    coach: Coach, monkeypatch
) -> None:
    from PySide6.QtGui import QAccessible

    heard = listen(monkeypatch)
    editor = own_exercises.edit(coach.ctx, None)
    fill(editor)
    editor.steps.setPlainText("   ")
    editor.accept()
    settle()
    assert editor.exercise is None and editor.result() == 0
    assert editor.problem.text().startswith("Steps: ")
    # Said, as it is shown: a screen reader heard only "Problem", or nothing.
    assert heard == [f"{plain(editor.problem.text())}."]  # without "colon" said aloud
    said = QAccessible.queryAccessibleInterface(editor.problem).text(QAccessible.Text.Name)
    assert said == editor.problem.text()
    assert not coach.ctx.paths.own_exercises.exists()


def test_changing_an_exercise_keeps_its_id_and_uses_the_new_amount(coach: Coach) -> None:
    exercise_id = create(coach)
    editor = own_exercises.edit(coach.ctx, exercise_id)
    assert editor.name.text() == "Calf stretch" and editor.hold.value() == 20
    editor.name.setText("Wall calf stretch")
    editor.count.setValue(4)
    editor.accept()
    assert [e["id"] for e in saved_file(coach)["exercise"]] == [exercise_id]
    assert coach.ctx.catalog.get(exercise_id).name == "Wall calf stretch"
    assert amounts(coach.ctx)[exercise_id].count == 4


def test_a_built_in_exercise_can_be_copied_and_changed_but_stays_as_it_was(coach: Coach) -> None:
    editor = own_exercises.copy(coach.ctx, "toe-curls")
    assert editor.name.text() == "Toe curls (my version)"
    assert editor.picture.currentData() == "builtin:toe-curls"
    editor.count.setValue(12)
    editor.accept()
    copy = coach.ctx.catalog.get("toe-curls-my-version")
    assert copy.own and copy.steps == coach.ctx.builtin.get("toe-curls").steps
    assert coach.ctx.catalog.get("toe-curls").prescription.count == 10
    assert OWN_PICTURES["toe-curls-my-version"] == "toe-curls"
    coach.ctx.pages.routine.list.setCurrentRow(0)  # built-in: only copying is offered
    assert not coach.ctx.pages.routine.edit.isEnabled() and coach.ctx.pages.routine.copy.isEnabled()


def test_a_picture_file_is_checked_and_copied_into_the_data_folder(
    coach: Coach, tmp_path: Path
) -> None:
    good, bad = tmp_path / "my calf.png", tmp_path / "virus.png"
    good.write_bytes(png(40, 30))
    bad.write_bytes(b"MZ\x90\x00 not a picture")
    editor = own_exercises.edit(coach.ctx, None)
    fill(editor)
    assert not editor.use_picture_file(str(bad))
    assert "not a PNG" in editor.problem.text()
    assert editor.use_picture_file(str(good))
    editor.accept()
    name = coach.ctx.catalog.get("calf-stretch").picture
    assert (coach.ctx.paths.pictures_dir / name).read_bytes() == good.read_bytes()
    assert OWN_PICTURES["calf-stretch"] == coach.ctx.paths.pictures_dir / name


def test_deleting_asks_first_and_keeps_the_history(coach: Coach, scheduler) -> None:
    exercise_id = create(coach)
    coach.sessions.start([exercise_id])
    scheduler.run_until_idle()
    sets = "SELECT count(*), sum(done_reps) FROM sets WHERE exercise_id = ?"
    before = tuple(coach.ctx.store.conn.execute(sets, (exercise_id,)).fetchone())
    assert before == (2, 6)  # three rounds on each foot, each one kept
    box = own_exercises.delete(coach.ctx, exercise_id)
    assert box is not None and "history" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert exercise_id in coach.ctx.catalog.ids
    own_exercises.delete(coach.ctx, exercise_id).button(QMessageBox.StandardButton.Yes).click()
    assert exercise_id not in coach.ctx.catalog.ids
    assert coach.ctx.catalog.names()[exercise_id] == "Calf stretch"  # history still names it
    assert tuple(coach.ctx.store.conn.execute(sets, (exercise_id,)).fetchone()) == before
    assert saved_file(coach)["exercise"][0]["retired"] is True
    assert own_exercises.delete(coach.ctx, "toe-curls") is None  # built-ins cannot be deleted


def test_a_routine_with_an_own_exercise_runs_end_to_end(coach: Coach, scheduler) -> None:
    exercise_id = create(coach)
    coach.ctx.pages.routine.show_values(("toe-curls", exercise_id), 15, amounts(coach.ctx), set())
    coach.ctx.pages.routine.save.click()
    assert coach.ctx.routine_ids() == ("toe-curls", exercise_id)
    coach.ctx.pages.exercises.start.click()
    titles = []
    coach.ctx.runner.sig_phase_started.connect(
        lambda note: titles.append(coach.ctx.pages.session.title.text())
    )
    scheduler.run_until_idle()
    assert "Keep going" in titles and "Rest" in titles
    rows = [
        tuple(r)
        for r in coach.ctx.store.conn.execute(
            "SELECT exercise_id, side, done_reps, hold_s FROM sets ORDER BY id"
        )
    ]
    assert rows == [
        ("toe-curls", "both", 10, 3),
        (exercise_id, "right", 3, 20),
        (exercise_id, "left", 3, 20),
    ]
    outcome = coach.ctx.store.conn.execute("SELECT outcome FROM sessions").fetchone()[0]
    assert outcome == "completed"


def test_a_routine_exported_and_imported_again_is_the_same(
    coach: Coach, make_coach, tmp_path: Path
) -> None:
    exercise_id = create(coach)
    editor = own_exercises.edit(coach.ctx, exercise_id)
    picture = tmp_path / "calf.png"
    picture.write_bytes(png())
    editor.use_picture_file(str(picture))
    editor.accept()
    coach.ctx.settings.change(routine=(exercise_id, "arch-raises"), rest_s=30)
    target = tmp_path / "routine.toml"
    routine_files.export_routine(coach.ctx, target)
    exported = routine_file.parse(target.read_bytes(), coach.ctx.builtin)
    assert exported.exercise_ids == (exercise_id, "arch-raises") and exported.rest_s == 30
    assert exported.exercises == (coach.ctx.catalog.get(exercise_id),)
    assert list(exported.pictures.values()) == [png()]
    # Into a second person's app, with nothing of their own yet.
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    coach.ctx.paths.own_exercises.rename(other_dir / "own.toml")
    coach.ctx.own.value = OwnExercises()
    coach.ctx.settings.change(routine=("toe-curls",), rest_s=15)
    box = routine_files.preview_import(coach.ctx, target)
    assert "Calf stretch (new)" in box.text() and "Arch raises" in box.text()
    assert coach.ctx.routine_ids() == ("toe-curls",)  # nothing added before saying yes
    box.button(QMessageBox.StandardButton.Yes).click()
    assert (
        coach.ctx.routine_ids() == (exercise_id, "arch-raises")
        and coach.ctx.settings.value.rest_s == 30
    )
    imported = coach.ctx.catalog.get(exercise_id)
    assert (coach.ctx.paths.pictures_dir / imported.picture).read_bytes() == png()
    assert imported == exported.exercises[0]


@pytest.mark.parametrize(
    "content",
    [
        b"not toml [[[",
        b'format = "foot-coach-routine"\nversion = 1\n[routine]\nexercises = ["toe-curls"]\n'
        b'[pictures]\n"../../evil.png" = "iVBORw0KGgo="\n',
        b'format = "foot-coach-routine"\nversion = 9\n[routine]\nexercises = ["toe-curls"]\n',
    ],
)
def test_a_bad_routine_file_is_refused_and_nothing_changes(
    coach: Coach, tmp_path: Path, content: bytes
) -> None:
    create(coach)
    coach.ctx.settings.change(rest_s=20)
    before = (coach.ctx.paths.own_exercises.read_bytes(), coach.ctx.paths.settings.read_bytes())
    source = tmp_path / "from-the-clinic.toml"
    source.write_bytes(content)
    box = routine_files.preview_import(coach.ctx, source)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "from-the-clinic.toml cannot be used, and nothing was changed" in box.text()
    assert (
        coach.ctx.paths.own_exercises.read_bytes(),
        coach.ctx.paths.settings.read_bytes(),
    ) == before
    assert not coach.ctx.paths.pictures_dir.exists() or not any(
        coach.ctx.paths.pictures_dir.iterdir()
    )


def test_progression_leaves_an_exercise_alone_when_told_not_to_grow(
    coach: Coach, scheduler
) -> None:
    exercise_id = create(coach)
    for _ in range(4):
        coach.sessions.start([exercise_id])
        while scheduler.advance():
            if not coach.ctx.pages.session.rating.isHidden():
                coach.ctx.pages.session.rating.buttons["too-easy"].click()
        coach.ctx.wall.now += timedelta(days=1)
    assert amounts(coach.ctx)[exercise_id].count == 3
    assert log.latest_prescriptions(coach.ctx.store.conn)[exercise_id].source is Source.RESET
