"""Draws the exercise illustrations as SVG from a few shared parts, so all poses match.

Run `python scripts/make_illustrations.py`; files land in resources/illustrations/. Every
picture sits on its own light card, so it reads the same on light and dark themes.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "illustrations"
SKIN, LINE, ACCENT, ACTIVE, FLOOR = "#F2C4A0", "#5A3E2B", "#1565C0", "#E65100", "#8A97A8"

CARD = '<rect x="4" y="4" width="392" height="292" rx="18" fill="#F4F7FB" stroke="#C9D3E0"/>'


def svg(title: str, *parts: str) -> str:
    body = "\n  ".join((CARD, *parts))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">\n'
        f"  <title>{title}</title>\n  {body}\n</svg>\n"
    )


def floor(y: int = 262) -> str:
    return f'<line x1="24" y1="{y}" x2="376" y2="{y}" stroke="{FLOOR}" stroke-width="4"/>'


def shape(d: str, fill: str = SKIN) -> str:
    return f'<path d="{d}" fill="{fill}" stroke="{LINE}" stroke-width="4" stroke-linejoin="round"/>'


def arrow(d: str, head: str, colour: str = ACCENT) -> str:
    return (
        f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="6" stroke-linecap="round"/>'
        f'<path d="{head}" fill="{colour}"/>'
    )


def chair() -> str:
    return (
        '<rect x="24" y="96" width="140" height="16" rx="6" fill="#B0855A" stroke="#6D4C2F" '
        'stroke-width="3"/><line x1="40" y1="112" x2="40" y2="262" stroke="#6D4C2F" '
        'stroke-width="6"/><line x1="148" y1="112" x2="148" y2="262" stroke="#6D4C2F" '
        'stroke-width="6"/>'
    )


THIGH = shape("M30,62 L196,62 C214,62 220,76 216,96 L30,96 Z")
LEG_SEATED = shape("M176,80 L216,80 L218,206 L174,206 Z")
LEG_STANDING = shape("M176,20 L216,20 L218,206 L174,206 Z")
FOOT_FLAT = shape(
    "M174,200 C160,226 148,240 148,252 L150,262 L340,262 C352,262 352,248 340,244 "
    "L300,236 C262,228 236,216 218,200 Z"
)
FOOT_CURLED = shape(
    "M174,200 C160,226 148,240 148,252 L150,262 L300,262 L318,262 C334,262 336,240 322,232 "
    "L300,230 C262,226 236,216 218,200 Z"
)
ARCH_LOW = shape(
    "M174,200 C160,226 148,240 148,252 L150,262 L190,262 C210,258 240,258 262,262 "
    "L340,262 C352,262 352,248 340,244 L300,236 C262,228 236,216 218,200 Z"
)
ARCH_HIGH = shape(
    "M174,196 C160,224 148,240 148,252 L150,262 L184,262 C204,226 244,224 270,262 "
    "L340,262 C352,262 352,248 340,244 L300,234 C262,222 236,210 218,196 Z"
)


def seated(foot: str, *extra: str) -> str:
    return "".join((floor(), chair(), THIGH, LEG_SEATED, foot, *extra))


def top_foot(x: float, y: float, right: bool, toes: list[tuple[float, float, float]]) -> str:
    """A footprint seen from above, heel at (x, y + 70); toes are (dx, dy, r) offsets."""
    sole = shape(
        f"M{x},{y + 78} C{x - 26},{y + 78} {x - 30},{y + 30} {x - 26},{y - 10} "
        f"C{x - 22},{y - 42} {x + 22},{y - 46} {x + 28},{y - 14} "
        f"C{x + 34},{y + 24} {x + 26},{y + 78} {x},{y + 78} Z"
    )
    sign = 1 if right else -1
    dots = "".join(
        f'<circle cx="{x + sign * dx}" cy="{y + dy}" r="{r}" fill="{SKIN}" stroke="{LINE}" '
        f'stroke-width="3"/>'
        for dx, dy, r in toes
    )
    return sole + dots


TOES_TOGETHER = [(-18, -52, 11), (0, -58, 8), (13, -55, 7), (23, -48, 6), (31, -38, 6)]
TOES_SPREAD = [(-34, -52, 11), (-4, -64, 8), (17, -60, 7), (34, -50, 6), (48, -34, 6)]


def big_top_foot(toes: list[tuple[float, float, float]]) -> str:
    return (
        '<g transform="translate(200,150) scale(1.6) translate(-200,-157)">'
        f"{top_foot(200, 150, True, toes)}</g>"
    )


SCALE = 0.7


def walk(front: str) -> str:
    """Footprints along a line; `front` is 'left', 'right' or 'rest' (feet together)."""
    parts = [
        '<rect x="332" y="20" width="30" height="260" rx="6" fill="#CFD8DC" stroke="#90A4AE" '
        'stroke-width="3"/>',
        '<line x1="200" y1="24" x2="200" y2="280" stroke="#90A4AE" stroke-width="3" '
        'stroke-dasharray="10 8"/>',
    ]
    small = [(-9, -26, 5), (0, -29, 4), (7, -27, 3.5), (12, -23, 3), (16, -18, 3)]

    def print_at(y: float, right: bool, colour: str) -> str:
        g = f'<g transform="translate({200 - 100 * SCALE},{y}) scale({SCALE})">'
        return (
            g
            + top_foot(100, 0, right, [(dx * 2, dy * 2, r * 2) for dx, dy, r in small])
            + (
                "</g>"
                if colour == SKIN
                else f'<circle cx="100" cy="10" r="10" fill="{colour}"/></g>'
            )
        )

    if front == "rest":
        parts.append(
            f'<g transform="translate(-104,150) scale({SCALE})">'
            + top_foot(400, 0, False, [(dx * 2, dy * 2, r * 2) for dx, dy, r in small])
            + "</g>"
        )
        parts.append(
            f'<g transform="translate(-56,150) scale({SCALE})">'
            + top_foot(400, 0, True, [(dx * 2, dy * 2, r * 2) for dx, dy, r in small])
            + "</g>"
        )
        return "".join(parts)
    back_right = front == "left"
    parts.append(print_at(196, back_right, SKIN))
    parts.append(print_at(196 - 136 * SCALE, not back_right, ACTIVE))
    parts.append(arrow("M262,210 L262,120", "M252,124 L262,104 L272,124 Z"))
    return "".join(parts)


LIFTED_LEG = shape("M186,72 L222,84 L296,170 L266,192 Z") + shape(
    "M268,186 C256,206 262,224 280,220 L350,170 C362,160 356,144 342,148 L296,166 Z"
)
# Centred where the lifted toes are; the session view moves a marker round this circle.
CIRCLE_CENTRE, CIRCLE_RADIUS = (346, 150), 34
CIRCLE_ARROW = arrow("M380,150 A34,34 0 1 1 346,116", "M340,104 L360,116 L340,128 Z")


def pictures() -> dict[str, str]:
    curl_arrow = arrow("M344,214 C356,228 350,246 334,252", "M330,242 L326,260 L344,254 Z")
    lift_arrow = arrow("M226,250 L226,224", "M216,228 L226,210 L236,228 Z")
    spread = arrow("M110,70 L74,70", "M80,60 L60,70 L80,80 Z") + arrow(
        "M290,70 L326,70", "M320,60 L340,70 L320,80 Z"
    )
    return {
        "toe-curls-rest": svg("Toe curls: toes flat", seated(FOOT_FLAT)),
        "toe-curls-active": svg("Toe curls: toes curled down", seated(FOOT_CURLED, curl_arrow)),
        "arch-raises-rest": svg("Arch raises: arch down", floor(), LEG_STANDING, ARCH_LOW),
        "arch-raises-active": svg(
            "Arch raises: arch lifted", floor(), LEG_STANDING, ARCH_HIGH, lift_arrow
        ),
        "heel-to-toe-walk-rest": svg("Heel-to-toe walk: feet together", walk("rest")),
        "heel-to-toe-walk-left": svg("Heel-to-toe walk: left foot forward", walk("left")),
        "heel-to-toe-walk-right": svg("Heel-to-toe walk: right foot forward", walk("right")),
        "ankle-circles-rest": svg("Ankle circles: foot down", seated(FOOT_FLAT)),
        "ankle-circles-active": svg(
            "Ankle circles: foot lifted, toes drawing circles",
            floor(),
            chair(),
            THIGH,
            LIFTED_LEG,
            CIRCLE_ARROW,
        ),
        "toe-spreading-rest": svg("Toe spreading: toes together", big_top_foot(TOES_TOGETHER)),
        "toe-spreading-active": svg(
            "Toe spreading: toes fanned apart", big_top_foot(TOES_SPREAD), spread
        ),
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in pictures().items():
        (OUT / f"{name}.svg").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
