"""Which of Qt's own messages go to standard error, which a desktop keeps in its journal.

Qt's accessibility bridge warns of each kind of event a screen reader asks for that it does not
know: beside Orca 43 that was some 150 lines a second ("Subscription string not handled:
Window:Destroy:"), 9,400 in a one-minute session, all of them Qt's and none of use to the
person. A rule of the person's own (QT_LOGGING_RULES) still decides: it comes after ours.
"""

from __future__ import annotations

QUIET = "qt.accessibility.atspi.warning=false"


def rules(theirs: str | None) -> str:
    return ";".join(rule for rule in (QUIET, theirs) if rule)
