"""Test pictures: a real face photo (scikit-image's astronaut, shipped in the package) placed in a frame."""

from __future__ import annotations

import functools

import cv2
import numpy as np
import numpy.typing as npt
import pytest

RGB = npt.NDArray[np.uint8]
# Centre of the astronaut's face in the 512×512 photo, and the face's width there (measured once).
FACE_CENTRE = (224, 116)
FACE_WIDTH = 102


@functools.cache
def astronaut() -> RGB:
    data = pytest.importorskip("skimage.data")
    photo: RGB = data.astronaut()
    photo.setflags(write=False)
    return photo


def face_frame(
    centre: tuple[float, float] = (0.5, 0.4),
    size: tuple[int, int] = (640, 480),
    face_share: float = 0.23,
    background: int = 90,
) -> RGB:
    """A ``size`` frame with the photo pasted so the face centre is at ``centre`` (fractions of the
    frame) and the face is ``face_share`` of the frame's width; what falls outside is cropped."""
    width, height = size
    scale = face_share * width / FACE_WIDTH
    photo = cv2.resize(astronaut(), None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    canvas = np.full((height, width, 3), background, np.uint8)
    left = round(centre[0] * width - FACE_CENTRE[0] * scale)
    top = round(centre[1] * height - FACE_CENTRE[1] * scale)
    x0, y0 = max(0, left), max(0, top)
    x1, y1 = min(width, left + photo.shape[1]), min(height, top + photo.shape[0])
    canvas[y0:y1, x0:x1] = photo[y0 - top : y1 - top, x0 - left : x1 - left]
    return canvas


def grey_frame(level: int, size: tuple[int, int] = (640, 480)) -> RGB:
    width, height = size
    return np.full((height, width, 3), level, np.uint8)


def blurred(frame: RGB, sigma: float = 4.0) -> RGB:
    return np.asarray(cv2.GaussianBlur(frame, (0, 0), sigma), dtype=np.uint8)
