"""How big and how often a presentation is sent, and how a picture fits that size (no PyAV, no aiortc).

Apart from ``presentation`` so the UI's capture side can size its pictures without loading the
call's media stack (the first window opens without aiortc and PyAV).
"""

from __future__ import annotations

PRESENT_SIZE = (1280, 720)
PRESENT_FPS = 10.0


def fit_size(width: int, height: int, box: tuple[int, int]) -> tuple[int, int]:
    """The largest even (width, height) with the picture's aspect ratio that fits inside ``box``."""
    box_w, box_h = box
    if width <= 0 or height <= 0:
        return box_w, box_h
    scale = min(box_w / width, box_h / height)
    fit_w = max(2, min(box_w, round(width * scale)) // 2 * 2)
    fit_h = max(2, min(box_h, round(height * scale)) // 2 * 2)
    return fit_w, fit_h
