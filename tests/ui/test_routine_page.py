"""The routine editor: order, on/off, rest, refusing an empty routine, amounts by hand."""

from __future__ import annotations

import pytest
from conftest import themed
from PySide6.QtCore import Qt

from foot_coach.actions.coaching import amounts
from foot_coach.app import Coach
from foot_coach.core.progression import Source
from foot_coach.store import log, settings
from foot_coach.ui import help as help_ui
from foot_coach.ui.pages.routine_page import RoutinePage


@pytest.fixture
def page(qtbot, catalog) -> RoutinePage:
    made = RoutinePage(catalog)
    qtbot.addWidget(made)
    made.show_values(catalog.ids, 15, {}, set())
    return made


@pytest.fixture
def coach(make_coach):
    return make_coach()


def test_reorder_switch_off_and_save(page: RoutinePage, qtbot) -> None:
    saved = []
    page.sig_saved.connect(lambda ids, rest: saved.append((ids, rest)))
    page.list.setCurrentRow(3)  # ankle circles
    page.up.click()
    page.up.click()
    page.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # toe curls off
    page.rest.setValue(30)
    page.save.click()
    assert saved == [(("ankle-circles", "arch-raises", "heel-to-toe-walk", "toe-spreading"), 30)]


def test_moving_past_the_ends_does_nothing(page: RoutinePage) -> None:
    page.list.setCurrentRow(0)
    page.up.click()
    page.list.setCurrentRow(4)
    page.down.click()
    assert page.chosen()[0] == "toe-curls" and page.chosen()[-1] == "toe-spreading"


def test_an_empty_routine_is_refused(page: RoutinePage) -> None:
    saved = []
    page.sig_saved.connect(lambda ids, rest: saved.append(ids))
    for row in range(page.list.count()):
        page.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    page.save.click()
    assert saved == [] and "at least one" in page.message.text()


def test_switched_off_exercises_are_listed_last_and_add_back(page: RoutinePage, catalog) -> None:
    page.show_values(("toe-spreading", "toe-curls"), 20, {}, set())
    assert page.chosen() == ("toe-spreading", "toe-curls")
    assert page.list.count() == 5
    page.tick_all.click()
    assert page.chosen() == catalog.ids


def test_saved_routine_reaches_settings_and_start(coach: Coach) -> None:
    page = coach.ctx.pages.routine
    page.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    page.save.click()
    saved, _ = settings.load(coach.ctx.paths.settings, "x")
    assert "arch-raises" not in saved.routine and len(saved.routine) == 4
    coach.sessions.start(coach.ctx.settings.value.routine)
    assert "arch-raises" not in [i.exercise.id for i in coach.ctx.runner.session.plan.items]


def test_amount_by_hand_then_back_to_automatic(coach: Coach) -> None:
    page = coach.ctx.pages.routine
    page.list.setCurrentRow(0)
    page.count.setValue(14)
    page.hold.setValue(6)
    page.set_by_hand.click()
    rx = amounts(coach.ctx)["toe-curls"]
    assert (rx.count, rx.hold_s) == (14, 6)
    assert log.latest_prescriptions(coach.ctx.store.conn)["toe-curls"].source is Source.MANUAL
    assert "Set by hand" in page.amount_note.text() and page.automatic.isEnabled()
    page.automatic.click()
    assert log.latest_prescriptions(coach.ctx.store.conn)["toe-curls"].source is Source.RESET
    assert amounts(coach.ctx)["toe-curls"].count == 14  # kept, now grows again by itself
    assert "Automatic" in page.amount_note.text()


def test_paced_exercises_have_no_hold_to_set(coach: Coach) -> None:
    page = coach.ctx.pages.routine
    ids = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    page.list.setCurrentRow(ids.index("ankle-circles"))
    assert not page.hold.isEnabled()


def test_footwear_advice_names_no_brand(qtbot) -> None:
    dialog = help_ui.footwear_dialog(None)
    qtbot.addWidget(dialog)
    text = " ".join(h + " " + t for h, t in help_ui.footwear(dialog)).lower()
    for idea in ("thin", "toe box", "light", "little by little"):
        assert idea in text
    assert "xero" not in text


@pytest.mark.parametrize(
    ("language", "width", "percent"), [("en", 1280, 100), ("de", 800, 200)], indirect=["language"]
)
def test_the_rest_label_wraps_only_when_it_must(qtbot, catalog, language, width, percent) -> None:
    """Word-wrapped for German at 200 % in an 800 px window (where it must not widen the page),
    it broke onto two lines on a laptop at 100 % too, with the rest of the row empty."""
    from PySide6.QtWidgets import QLabel

    from foot_coach.ui import theme

    with themed(theme.Mode.LIGHT, percent):
        made = RoutinePage(catalog)
        qtbot.addWidget(made)
        made.resize(width, 700)
        made.show()
        qtbot.waitExposed(made)
        label = next(w for w in made.findChildren(QLabel) if w.buddy() is made.rest)
        if percent == 100:  # room to spare
            assert label.heightForWidth(label.width()) < 2 * label.fontMetrics().height()
        right = made.rest.mapTo(made, made.rest.rect().topRight()).x()
        assert right < made.width(), "the rest field is cut on the right"
