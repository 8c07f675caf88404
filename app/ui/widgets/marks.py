"""The symbols that go with every verdict, so no state is ever told by colour alone."""

from __future__ import annotations

from app.core.protocol import Verdict

# A tick, an exclamation mark, a cross and an ellipsis read the same in every language.
VERDICT_MARKS = {Verdict.OK: "✓", Verdict.WARNING: "!", Verdict.FAIL: "✗", Verdict.UNKNOWN: "…"}


def marked(verdict: Verdict, text: str) -> str:
    """``text`` with the verdict's symbol in front, e.g. "✓ Check passed"."""
    return f"{VERDICT_MARKS[verdict]} {text}"
