"""Whether an SVG picture from someone else is safe to draw.

Qt's SVG renderer follows links: an <image> may name a file or a nested SVG that names one,
a DOCTYPE may define entities, a stylesheet may be pulled in, and a chain of <use> elements
may repeat one shape a billion times. A picture is drawn only if it does none of that: UTF-8
text, no DOCTYPE, entities or processing instructions beyond the XML declaration, no script,
links only inside the picture or to embedded PNG or JPEG data, and a bounded number of parts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache

from foot_coach.core.words import QT_TR_NOOP, Words

MAX_PARTS = 20_000  # drawn elements, each <use> counted as all it repeats
_FORBIDDEN = re.compile(r"<!DOCTYPE|<!ENTITY|<\?(?!xml\s)", re.IGNORECASE)
_ENCODING = re.compile(r"""^\ufeff?\s*<\?xml[^>]*encoding\s*=\s*["']([^"']*)""")
_OUTSIDE_URL = re.compile(r"""url\(\s*["']?\s*(?!#)""", re.IGNORECASE)
_EMBEDDED = ("data:image/png", "data:image/jpeg", "data:image/jpg")
_XLINK = "{http://www.w3.org/1999/xlink}href"


def _local(name: object) -> str:
    return name.rsplit("}", 1)[-1].lower() if isinstance(name, str) else ""


def _text_problem(data: bytes) -> Words | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Words(QT_TR_NOOP("an SVG must be UTF-8 text"))
    declared = _ENCODING.match(text)
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        return Words(QT_TR_NOOP("an SVG must be UTF-8 text"))
    if _FORBIDDEN.search(text):
        return Words(QT_TR_NOOP("an SVG with a DOCTYPE or entities is not accepted"))
    if _OUTSIDE_URL.search(text):
        return Words(QT_TR_NOOP("an SVG that loads other files is not accepted"))
    return None


def _element_problem(element: ET.Element) -> Words | None:
    tag = _local(element.tag)
    if tag in ("script", "foreignobject"):
        return Words(QT_TR_NOOP("an SVG with <%1> is not accepted"), tag)
    for name, value in element.attrib.items():
        local = _local(name)
        if local.startswith("on"):
            return Words(QT_TR_NOOP("an SVG with scripts is not accepted"))
        if local in ("href", "src") and not value.strip().lower().startswith(("#", *_EMBEDDED)):
            return Words(QT_TR_NOOP("an SVG that loads other files is not accepted"))
    return None


def _parts(root: ET.Element) -> int:
    """How many elements drawing `root` takes; MAX_PARTS + 1 once beyond, or for a <use>
    that repeats itself."""
    ids: Mapping[str, ET.Element] = {e.get("id", ""): e for e in root.iter() if e.get("id")}
    inside: set[int] = set()

    @cache
    def size(element: ET.Element) -> int:
        if id(element) in inside:
            return MAX_PARTS + 1  # a loop of <use>
        inside.add(id(element))
        total = 1 + sum(size(child) for child in element)
        if _local(element.tag) == "use":
            target = ids.get((element.get("href") or element.get(_XLINK) or "").lstrip("#"))
            total += size(target) if target is not None else 0
        inside.discard(id(element))
        return min(total, MAX_PARTS + 1)

    return size(root)


def svg_problem(data: bytes) -> Words | None:
    """Why these bytes are not an SVG picture that is safe to draw, or None."""
    if problem := _text_problem(data):
        return problem
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return Words(QT_TR_NOOP("not a readable SVG file"))
    if _local(root.tag) != "svg":
        return Words(QT_TR_NOOP("not an SVG picture"))
    for element in root.iter():
        if problem := _element_problem(element):
            return problem
    try:
        too_many = _parts(root) > MAX_PARTS
    except RecursionError:
        too_many = True
    if too_many:
        return Words(QT_TR_NOOP("an SVG with more than %1 parts is not accepted"), MAX_PARTS)
    return None
