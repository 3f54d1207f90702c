"""SVG pictures from someone else: every way of making the drawing read another file, define
entities, run a script or repeat a shape without end is refused; plain drawings pass."""

from __future__ import annotations

import base64

import pytest

from foot_coach.core.svg_check import MAX_PARTS, svg_problem

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 20).decode()


def svg(body: str, head: str = "") -> bytes:
    return (head + SVG.format(body)).encode("utf-8")


def fan_out(levels: int, width: int = 10) -> bytes:
    """Each level's group uses the one before `width` times: width**levels rectangles."""
    groups = ['<g id="l0"><rect width="1" height="1"/></g>']
    for n in range(1, levels + 1):
        uses = "".join(f'<use xlink:href="#l{n - 1}"/>' for _ in range(width))
        groups.append(f'<g id="l{n}">{uses}</g>')
    return svg("<defs>" + "".join(groups) + f'</defs><use xlink:href="#l{levels}"/>')


def nested_data(inner: bytes) -> bytes:
    encoded = base64.b64encode(inner).decode()
    return svg(f'<image width="9" height="9" xlink:href="data:image/svg+xml;base64,{encoded}"/>')


DOCTYPE = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ENTITY e "x">]>'
STYLESHEET = '<?xml version="1.0" encoding="UTF-16"?><?xml-stylesheet href="/etc/passwd"?>'
HOSTILE = {
    "UTF-16 with a DOCTYPE": (DOCTYPE + SVG.format("<text>&e;</text>")).encode("utf-16"),
    "UTF-16 with a stylesheet": (STYLESHEET + SVG.format("")).encode("utf-16"),
    "UTF-8 declared as Latin-1": svg("", '<?xml version="1.0" encoding="ISO-8859-1"?>'),
    "a stylesheet": svg("", '<?xml-stylesheet href="file:///etc/passwd"?>'),
    "a DOCTYPE": svg("", '<!DOCTYPE svg SYSTEM "file:///etc/passwd">'),
    "an absolute path": svg('<image xlink:href="/home/someone/secret.png"/>'),
    "a file URL": svg('<image href="file:///home/someone/secret.png"/>'),
    "a nested SVG that loads a file": nested_data(svg('<image xlink:href="file:///etc/x.png"/>')),
    "a nested SVG that loads a path": nested_data(svg('<image xlink:href="/etc/x.png"/>')),
    "a nested harmless SVG": nested_data(svg("<rect/>")),
    "a style url": svg('<rect style="fill: url(file:///etc/x.svg#g)"/>'),
    "a style element url": svg("<style>rect { fill: url( 'other.svg#g' ) }</style>"),
    "a script": svg("<script>alert(1)</script>"),
    "an event handler": svg('<rect onclick="alert(1)"/>'),
    "a foreign object": svg("<foreignObject/>"),
    "a use fan-out": fan_out(9),
    "a use loop": svg('<g id="a"><use xlink:href="#b"/></g><g id="b"><use xlink:href="#a"/></g>'),
    "a use of itself": svg('<use id="me" href="#me"/>'),
    "deep nesting": svg("<g>" * 50_000 + "</g>" * 50_000),
}


@pytest.mark.parametrize("case", HOSTILE, ids=str)
def test_hostile_pictures_are_refused(case: str) -> None:
    assert svg_problem(HOSTILE[case]) is not None


PLAIN = {
    "a drawing": svg('<rect width="10" height="10" fill="#123456"/>'),
    "a declaration and a BOM": svg("<circle/>", '\ufeff<?xml version="1.0" encoding="utf-8"?>'),
    "a gradient": svg('<linearGradient id="g"/><rect style="fill:url(#g)"/>'),
    "an embedded PNG": svg(f'<image xlink:href="data:image/png;base64,{PNG}"/>'),
    "a few uses": fan_out(3),
}


@pytest.mark.parametrize("case", PLAIN, ids=str)
def test_plain_pictures_pass(case: str) -> None:
    assert svg_problem(PLAIN[case]) is None


def test_the_part_limit_is_where_the_message_says() -> None:
    assert svg_problem(fan_out(3)) is None  # 3,211 parts: 1,000 rectangles, their groups, uses
    problem = svg_problem(fan_out(4))  # 32,111 parts
    assert problem is not None and str(MAX_PARTS) in str(problem)
