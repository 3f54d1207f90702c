"""Shows an exercise's pose, cross-fading between poses and circling with the pace."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from foot_coach.core.catalog import Direction, Side
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.system import assets
from foot_coach.ui.by_name import set_property

if TYPE_CHECKING:  # loaded with a person's own photo: PySide's QImage type alone is 0.5 ms
    from PySide6.QtCore import QVariantAnimation
    from PySide6.QtGui import QImage

FADE_MS = 250
VIEWBOX = QSize(400, 300)
# Where the toes circle in ankle-circles-active.svg (viewBox units); see make_illustrations.py.
CIRCLE_CENTRE, CIRCLE_RADIUS = QPointF(346, 150), 34.0


# Own exercises: the built-in exercise whose pictures they borrow, or a picture file of their own.
# Filled by the composition root whenever the catalogue changes; widgets only look it up.
OWN_PICTURES: dict[str, str | Path] = {}
PLACEHOLDER = "icons:foot-coach.svg"


def set_own_pictures(pictures: Mapping[str, str | Path]) -> None:
    OWN_PICTURES.clear()
    OWN_PICTURES.update(pictures)


def _drawn_as(exercise_id: str) -> str:
    """The built-in exercise whose moving pictures show this one."""
    borrowed = OWN_PICTURES.get(exercise_id)
    return borrowed if isinstance(borrowed, str) else exercise_id


def pose_for(exercise_id: str, kind: PhaseKind, rep: int) -> str:
    """The picture that belongs to a moment of the session."""
    drawn = OWN_PICTURES.get(exercise_id, exercise_id)
    if isinstance(drawn, Path):
        return f"file:{drawn}"
    if not drawn:
        return PLACEHOLDER
    exercise_id = drawn
    if kind is PhaseKind.HOLD:
        return f"{exercise_id}-active"
    if kind is PhaseKind.MOVE and exercise_id == "heel-to-toe-walk":
        return f"{exercise_id}-{'left' if rep % 2 else 'right'}"
    if kind is PhaseKind.MOVE:
        return f"{exercise_id}-active"
    return f"{exercise_id}-rest"


class _Picture:
    """A built-in SVG pose, or a person's own picture (SVG or raster), drawn to fit."""

    def __init__(self, title: str, svg: QSvgRenderer | None, image: QImage | None) -> None:
        self.title, self.svg, self.image = title, svg, image

    @classmethod
    def load(cls, pose: str) -> _Picture:
        if pose.startswith("file:"):
            return cls._own(Path(pose.removeprefix("file:")))
        if pose == PLACEHOLDER:
            return cls(
                QCoreApplication.translate("IllustrationView", "Foot Coach"),
                cls._svg(assets.read_bytes(pose.replace(":", "/"))),
                None,
            )
        text = assets.read_text(f"illustrations/{pose}.svg")
        found = re.search(r"<title>(.*?)</title>", text)
        return cls(found.group(1) if found else pose, cls._svg(text.encode("utf-8")), None)

    @classmethod
    def _own(cls, path: Path) -> _Picture:
        """A picture in the data folder, checked again before Qt reads it: one saved by an
        older version, or put there by hand, must not make drawing hang or read other files."""
        from foot_coach.core.routine_file import picture_problem  # loads the SVG checker

        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if not data or picture_problem(path.name, data) is not None:
            return cls.load(PLACEHOLDER)
        if path.suffix.lower() == ".svg":
            return cls(path.stem, cls._svg(data), None)
        from PySide6.QtGui import QImage

        image = QImage.fromData(data)
        return cls(path.stem, None, image if not image.isNull() else None)

    @staticmethod
    def _svg(data: bytes) -> QSvgRenderer:
        renderer = QSvgRenderer(data)
        set_property(renderer, "aspectRatioMode", "KeepAspectRatio")
        return renderer

    def render(self, painter: QPainter, target: QRectF) -> None:
        if self.svg is not None:
            self.svg.render(painter, target)
        elif self.image is not None:
            from PySide6.QtCore import Qt  # not for the first paint (ui/by_name.py)

            size = self.image.size().scaled(
                target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            x = target.x() + (target.width() - size.width()) / 2
            y = target.y() + (target.height() - size.height()) / 2
            painter.drawImage(QRectF(x, y, size.width(), size.height()), self.image)


class IllustrationView(QWidget):
    _renderers: ClassVar[dict[str, _Picture]] = {}
    _titles: ClassVar[dict[str, str]] = {}

    def __init__(self, parent: QWidget | None = None, yielding: bool = False) -> None:
        """`yielding`: it asks for its least height only and grows into the room left, so a
        page that scrolls below it does not scroll for its sake (a paused session at 800x500)."""
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.yielding = yielding
        self.current_pose = ""
        self._previous = ""
        # Made when first run: a card's picture before the first paint never moves, and PySide
        # builds the animation types (1.5 ms) when first named.
        self._fade: QVariantAnimation | None = None
        self._circle: QVariantAnimation | None = None
        self._clockwise = True
        self._animations = True

    # --- what to show ------------------------------------------------------------------------
    def show_exercise(self, exercise_id: str) -> None:
        """An exercise's card: its working pose, which tells the exercises apart (several
        rest poses are the same seated foot)."""
        self._stop(self._circle)
        self._set_pose(pose_for(exercise_id, PhaseKind.MOVE, 1), animate=False)

    def show_phase(
        self,
        exercise_id: str,
        kind: PhaseKind,
        rep: int,
        side: Side,
        direction: Direction,
        real_ms: int,
    ) -> None:
        """`real_ms`: how long the phase lasts on the wall, as the session clock says."""
        self._set_pose(pose_for(exercise_id, kind, rep), animate=self._animations)
        self._stop(self._circle)
        circles = _drawn_as(exercise_id) == "ankle-circles"
        if kind is PhaseKind.MOVE and circles and self._animations:
            # Drawn from the right foot's side; the left foot circles the mirror way.
            self._clockwise = (direction is Direction.CLOCKWISE) == (side is not Side.LEFT)
            self._circle = self._circle or self._animation()
            self._circle.setDuration(max(1, real_ms))
            self._circle.start()

    def _animation(self, duration_ms: int = 0) -> QVariantAnimation:
        from PySide6.QtCore import QVariantAnimation

        animation = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=duration_ms)
        animation.valueChanged.connect(self.update)
        return animation

    @staticmethod
    def _stop(animation: QVariantAnimation | None) -> None:
        if animation is not None:
            animation.stop()

    def _in_state(self, animation: QVariantAnimation | None, state: str) -> bool:
        """`animation` is made and "Running", "Paused" (or not "Stopped", with `state` "")."""
        if animation is None:
            return False
        from PySide6.QtCore import QAbstractAnimation

        now = animation.state()
        return now != QAbstractAnimation.State.Stopped if not state else now.name == state

    def pause(self) -> None:
        for animation in (self._fade, self._circle):
            if animation is not None and self._in_state(animation, "Running"):
                animation.pause()

    def resume(self) -> None:
        for animation in (self._fade, self._circle):
            if animation is not None and self._in_state(animation, "Paused"):
                animation.resume()

    def set_animations_enabled(self, enabled: bool) -> None:
        self._animations = enabled

    @property
    def animating(self) -> bool:
        return self._in_state(self._fade, "Running") or self._in_state(self._circle, "Running")

    def _set_pose(self, pose: str, animate: bool) -> None:
        if pose == self.current_pose:
            return
        self._previous, self.current_pose = self.current_pose, pose
        self._renderer(pose)
        self.setAccessibleName(self.tr("Exercise picture"))
        self.setAccessibleDescription(self._titles.get(pose, pose))
        self._stop(self._fade)
        if animate and self._previous:
            self._fade = self._fade or self._animation(FADE_MS)
            self._fade.start()
        self.update()

    @classmethod
    def _renderer(cls, pose: str) -> _Picture:
        if pose not in cls._renderers:
            cls._renderers[pose] = _Picture.load(pose)
            cls._titles[pose] = cls._renderers[pose].title
        return cls._renderers[pose]

    # --- drawing -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        # Not an ignored height: beside words that wrap, Qt takes an ignored height as none,
        # not as the least, and the session's end put its summary over the picture.
        return QSize(VIEWBOX.width(), self.minimumHeight()) if self.yielding else VIEWBOX

    def _target(self) -> QRectF:
        scale = min(self.width() / VIEWBOX.width(), self.height() / VIEWBOX.height())
        w, h = VIEWBOX.width() * scale, VIEWBOX.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.current_pose:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = self._target()
        fading = self._in_state(self._fade, "") and self._previous
        mix = float(self._fade.currentValue()) if fading and self._fade else 1.0
        # One drawing at a time: the old pose fades out, then the new one fades in. Two line
        # drawings blended together read as two legs on top of each other.
        pose = self._previous if mix < 0.5 else self.current_pose
        painter.setOpacity(abs(2 * mix - 1) if fading else 1.0)
        self._renderer(pose).render(painter, target)
        if self._circle is not None and self._in_state(self._circle, ""):
            self._draw_marker(painter, target, float(self._circle.currentValue()))
        painter.end()

    def _draw_marker(self, painter: QPainter, target: QRectF, turn: float) -> None:
        scale = target.width() / VIEWBOX.width()
        angle = 2 * math.pi * turn * (1 if self._clockwise else -1) - math.pi / 2
        x = CIRCLE_CENTRE.x() + CIRCLE_RADIUS * math.cos(angle)
        y = CIRCLE_CENTRE.y() + CIRCLE_RADIUS * math.sin(angle)
        from PySide6.QtCore import Qt  # in a session: not for the first paint (ui/by_name.py)

        painter.setOpacity(1.0)
        painter.setBrush(QColor("#E65100"))
        painter.setPen(Qt.PenStyle.NoPen)
        centre = QPointF(target.x() + x * scale, target.y() + y * scale)
        painter.drawEllipse(centre, 9 * scale, 9 * scale)
