"""The colour sets of the style sheet (the calm default and a high-contrast one) and WCAG contrast maths.

Every text colour is named together with the background it is drawn on in ``text_pairs``, so a test
can check each pair against WCAG 2.x: at least 4.5:1 for the default theme (AA) and 7:1 for the
high-contrast theme (AAA). ``focus_pairs`` does the same for the focus ring (3:1, a non-text contrast).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    """The colours of one theme; ``border`` is the width of control borders in pixels."""

    name: str
    ink: str  # body text
    muted: str  # hints and secondary text
    paper: str  # page background
    card: str  # cards, inputs, plain buttons
    line: str  # quiet borders
    primary: str  # the one main button of a page, Admit
    primary_dark: str  # hovered main button; the join code
    on_primary: str  # text on the main button
    primary_disabled: str  # a main button that waits (its text must stay readable)
    danger: str  # Hang up
    danger_dark: str
    on_danger: str
    checked: str  # a toggled button (microphone muted, camera off)
    on_checked: str
    code_ink: str  # the join code, on a card
    error_bg: str
    error_ink: str
    warn_bg: str  # the TEST IDENTITY banner, host notices
    warn_ink: str
    warn_line: str
    ok_bg: str  # pre-call badge: passed
    ok_ink: str
    fail_bg: str  # pre-call badge: failed
    fail_ink: str
    unknown_bg: str  # pre-call badge: not checked
    call_bg: str  # the dark call page
    call_ink: str
    side_bg: str  # participant list and chat on the call page
    side_ink: str
    focus: str  # the focus ring on plain controls
    focus_on_fill: str  # the focus ring inside filled buttons (main, Admit, Hang up)
    border: int


DEFAULT = Palette(
    name="default",
    ink="#1b2430",
    muted="#4a5563",
    paper="#f5f6f4",
    card="#ffffff",
    line="#d5d9de",
    primary="#1d5fa8",
    primary_dark="#164b85",
    on_primary="#ffffff",
    primary_disabled="#53708f",
    danger="#b3261e",
    danger_dark="#8c1d17",
    on_danger="#ffffff",
    checked="#e6ebf2",
    on_checked="#1b2430",
    code_ink="#164b85",
    error_bg="#fdecea",
    error_ink="#b3261e",
    warn_bg="#fff1c2",
    warn_ink="#5c4300",
    warn_line="#e0b93c",
    ok_bg="#dcefdc",
    ok_ink="#1e5b22",
    fail_bg="#fadbd8",
    fail_ink="#8c1d17",
    unknown_bg="#e8eaed",
    call_bg="#11161d",
    call_ink="#e6e9ee",
    side_bg="#f4f4f2",
    side_ink="#1d2430",
    focus="#0b0c0c",
    focus_on_fill="#ffffff",
    border=2,
)

# Black, white and yellow with thick borders, as Windows' and GNOME's high-contrast themes look.
HIGH_CONTRAST = Palette(
    name="high-contrast",
    ink="#ffffff",
    muted="#ffffff",
    paper="#000000",
    card="#000000",
    line="#ffffff",
    primary="#ffff00",
    primary_dark="#ffff00",
    on_primary="#000000",
    primary_disabled="#c0c0c0",
    danger="#ffff00",
    danger_dark="#ffff00",
    on_danger="#000000",
    checked="#00ffff",
    on_checked="#000000",
    code_ink="#ffff00",
    error_bg="#000000",
    error_ink="#ffff00",
    warn_bg="#000000",
    warn_ink="#ffff00",
    warn_line="#ffff00",
    ok_bg="#000000",
    ok_ink="#ffffff",
    fail_bg="#000000",
    fail_ink="#ffff00",
    unknown_bg="#000000",
    call_bg="#000000",
    call_ink="#ffffff",
    side_bg="#000000",
    side_ink="#ffffff",
    focus="#00ffff",
    focus_on_fill="#000000",
    border=3,
)


def text_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """Every (text colour, background) the style sheet draws, by what it is."""
    return {
        "body": (p.ink, p.paper),
        "hint": (p.muted, p.paper),
        "hint on card": (p.muted, p.card),
        "input": (p.ink, p.card),
        "button": (p.ink, p.card),
        "toggled button": (p.on_checked, p.checked),
        "main button": (p.on_primary, p.primary),
        "main button, hovered": (p.on_primary, p.primary_dark),
        "main button, waiting": (p.on_primary, p.primary_disabled),
        "hang up": (p.on_danger, p.danger),
        "hang up, hovered": (p.on_danger, p.danger_dark),
        "error": (p.error_ink, p.error_bg),
        "banner": (p.warn_ink, p.warn_bg),
        "join code": (p.code_ink, p.card),
        "badge passed": (p.ok_ink, p.ok_bg),
        "badge warning": (p.warn_ink, p.warn_bg),
        "badge failed": (p.fail_ink, p.fail_bg),
        "badge not checked": (p.muted, p.unknown_bg),
        "call status": (p.call_ink, p.call_bg),
        "name over a picture": (p.call_ink, p.call_bg),  # opaque: holds on any picture (tile_label.py)
        "call side panels": (p.side_ink, p.side_bg),
    }


def focus_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """The focus ring against what it is drawn beside (non-text contrast)."""
    return {
        "ring on page": (p.focus, p.paper),
        "ring on card": (p.focus, p.card),
        "ring inside main button": (p.focus_on_fill, p.primary),
        "ring inside hang up": (p.focus_on_fill, p.danger),
    }


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) != 6:
        raise ValueError(f"expected #rrggbb, got {colour!r}")
    r, g, b = (_channel(int(hex_digits[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio, from 1.0 (same colour) to 21.0 (black on white)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
