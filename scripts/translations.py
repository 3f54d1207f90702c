"""Keep the translations in step with the code, with Qt's own tools from PySide6.

    python scripts/translations.py update    # lupdate: new texts into each .ts, dropped ones out
    python scripts/translations.py release   # lrelease: each .ts into the .qm the app loads
    python scripts/translations.py check     # fail on unfinished, obsolete or stale entries
    python scripts/translations.py fill de strings.json   # take translations from a mapping

The .qm files are committed too, so a wheel built from a plain checkout has them; `check`
fails when one differs from what lrelease makes of its .ts.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")
# English needs a file too, holding only the plural forms ("%n day(s)" -> "1 day", "2 days").
PLURALS_ONLY = ("en",)
BIN = Path(sys.executable).parent
# Qt's own texts its translation lacks (qtbase_es has no "&Look in:"), written by hand: no
# lupdate, as they are not in our sources; loaded after Qt's (system/i18n.py).
QT_EXTRA = "qt_extra_*.ts"


def ts_file(language: str) -> Path:
    return FOLDER / f"foot_coach_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "foot_coach").rglob("*.py"))


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name) or name


def lupdate(targets: list[Path], plurals_only: bool = False) -> None:
    command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources()]
    command += ["-pluralonly", "-ts"] if plurals_only else ["-ts"]
    subprocess.run([*command, *map(str, targets)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def problems(languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Everything that keeps a .ts (and its .qm) from being complete and current."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        for group, plurals_only in ((languages, False), (PLURALS_ONLY, True)):
            fresh = {language: Path(scratch) / ts_file(language).name for language in group}
            for language, copy in fresh.items():
                shutil.copy(ts_file(language), copy)
            lupdate(list(fresh.values()), plurals_only)  # one pass serves every language
            for language, copy in fresh.items():
                found += _problems(language, messages(copy), Path(scratch) / f"{language}.qm")
        for ts in sorted(FOLDER.glob(QT_EXTRA)):
            found += _extra_problems(ts, Path(scratch) / ts.with_suffix(".qm").name)
    return found


def _extra_problems(ts: Path, qm: Path) -> list[str]:
    """A hand-written file of Qt's texts: each translated, and its .qm built from it."""
    lrelease(ts, qm)
    built = ts.with_suffix(".qm")
    found = (
        []
        if built.exists() and built.read_bytes() == qm.read_bytes()
        else [f"{built.name}: not built from {ts.name}; run `make translations`"]
    )
    for (context, source), message in messages(ts).items():
        node = message.find("translation")
        if node is None or node.get("type") or not node.text:
            found.append(f"{ts.name}: not translated: [{context}] {source[:60]!r}")
    return found


def _problems(language: str, current: dict, qm: Path) -> list[str]:
    ts = ts_file(language)
    shipped = messages(ts)
    found = []
    if set(current) != set(shipped):
        new, gone = set(current) - set(shipped), set(shipped) - set(current)
        found.append(f"{ts.name}: out of date ({len(new)} new, {len(gone)} dropped texts)")
    lrelease(ts, qm)
    built = ts.with_suffix(".qm")
    if not built.exists() or built.read_bytes() != qm.read_bytes():
        found.append(f"{built.name}: not built from {ts.name}; run `make translations`")
    for (context, source), message in shipped.items():
        node = message.find("translation")
        if node is None:
            found.append(f"{ts.name}: missing: [{context}] {source[:60]!r}")
            continue
        forms = [f.text or "" for f in node.iter("numerusform")]  # plural texts
        text = " ".join(forms) if forms and all(forms) else "" if forms else node.text
        kind = node.get("type")
        if kind in ("unfinished", "obsolete", "vanished") or not text:
            found.append(f"{ts.name}: {kind or 'empty'}: [{context}] {source[:60]!r}")
        elif any(_marks(source) != _marks(one) for one in forms or [text]):
            found.append(f"{ts.name}: placeholders differ: [{context}] {source[:60]!r}")
    return found


def _marks(text: str) -> list[str]:
    """%1, %2 ... and %n: a plural form without %n ("einmal") drops the count Qt fills in,
    and one form's slip went unseen behind the others. %Ln is the count too, in the
    language's digit groups (German "2.590", English "2,590")."""
    return sorted(re.findall(r"%L?([\dn])", text))


def fill(language: str, mapping_file: Path) -> int:
    """Take unfinished translations from a JSON object: English text -> translation, or
    "Context|English" for a text that means something else in one place; plural texts map
    to a list of forms."""
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    ts = ts_file(language)
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            wanted = mapping.get(f"{name}|{source}", mapping.get(source))
            if node is None or wanted is None or node.get("type") != "unfinished":
                continue
            if isinstance(wanted, list):
                for form in list(node):
                    node.remove(form)
                for text in wanted:
                    ET.SubElement(node, "numerusform").text = text
            else:
                node.text = wanted
            del node.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        lupdate([ts_file(language) for language in LANGUAGES])
        lupdate([ts_file(language) for language in PLURALS_ONLY], plurals_only=True)
    elif command == "release":
        for language in LANGUAGES + PLURALS_ONLY:
            lrelease(ts_file(language), ts_file(language).with_suffix(".qm"))
        for ts in sorted(FOLDER.glob(QT_EXTRA)):
            lrelease(ts, ts.with_suffix(".qm"))
    elif command == "fill":
        print(fill(argv[1], Path(argv[2])), "filled")
    elif command == "check":
        found = problems()
        print("\n".join(found) or "translations complete and current")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
