"""Pure image checks on one camera picture: brightness, sharpness and where the largest face sits.

Every function takes a numpy frame — RGB ``(h, w, 3)`` or grey/luma ``(h, w)`` uint8 — and returns
numbers; the thresholds below are defaults that ``app.preflight.camera`` turns into codes. Work is
done on a copy scaled to ``ANALYSIS_WIDTH`` so the cost and the sharpness score do not depend on the
camera's resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np
import numpy.typing as npt

from app.media.camera.faces import FaceBox, FaceDetector

GreyFrame = npt.NDArray[np.uint8]  # (height, width) luma
AnyFrame = npt.NDArray[np.uint8]  # grey (h, w) or RGB (h, w, 3)

ANALYSIS_WIDTH = 320  # pixels: sharpness and luminance are measured at this width
FACE_WIDTH = 160  # pixels: faces are searched at this width (~13 ms; a face is ≥ 1/8 of the height)
DARK_LUMINANCE = 50.0  # mean luma (0–255) below which the picture is too dark
BLUR_SHARPNESS = 40.0  # variance of the Laplacian at ANALYSIS_WIDTH below which it is blurred
LOW_FACE_CENTRE = 0.62  # face centre below this fraction of the height: camera too low
OFF_CENTRE = 0.2  # face centre further than this fraction of the width from the middle
EDGE_MARGIN = 0.02  # a face box this close to an edge is partly outside the picture


class FacePosition(StrEnum):
    """Where the largest face sits in the picture."""

    CENTRED = "centred"
    TOO_LOW = "too_low"  # raise the camera to eye level
    OFF_CENTRE = "off_centre"  # move into the picture (also: partly outside)
    NONE = "none"  # no face found: move into the picture


@dataclass(frozen=True, slots=True)
class FrameAnalysis:
    """What one picture showed; ``face`` is in fractions of the frame (0–1), or None."""

    luminance: float
    sharpness: float
    face: FaceBox | None
    position: FacePosition


def to_grey(frame: AnyFrame) -> GreyFrame:
    """Luma of an RGB frame (BT.601 weights); a grey frame is returned as it is."""
    if frame.ndim == 2:
        return frame
    if frame.ndim == 3 and frame.shape[2] == 3:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY), dtype=np.uint8)
    raise ValueError(f"expected an RGB or grey frame, got shape {frame.shape}")


def scaled(grey: GreyFrame, width: int) -> GreyFrame:
    """``grey`` resized to ``width`` (aspect kept, area averaging); unchanged if it is not wider."""
    height, current = grey.shape[:2]
    if current <= width:
        return grey
    target = (width, max(1, round(height * width / current)))
    return np.asarray(cv2.resize(grey, target, interpolation=cv2.INTER_AREA), dtype=np.uint8)


def luminance(frame: AnyFrame) -> float:
    """Mean luma on a 0–255 scale."""
    return float(np.mean(scaled(to_grey(frame), ANALYSIS_WIDTH)))


def sharpness(frame: AnyFrame) -> float:
    """Variance of the Laplacian of the picture scaled to ``ANALYSIS_WIDTH`` (higher is sharper).

    Scaling first makes the score comparable across 480p, 720p and 1080p: the same scene gives about
    the same number whatever the camera's resolution.
    """
    small = scaled(to_grey(frame), ANALYSIS_WIDTH)
    laplacian = cv2.Laplacian(small, cv2.CV_64F)
    return float(laplacian.var())


def largest_face(frame: AnyFrame, detector: FaceDetector) -> FaceBox | None:
    """The largest face in the picture as fractions of its width and height, or None."""
    grey = to_grey(frame)
    small = scaled(grey, FACE_WIDTH)
    boxes = detector.detect(small)
    if not boxes:
        return None
    height, width = small.shape[:2]
    x, y, w, h = max(boxes, key=lambda box: box[2] * box[3])
    return FaceBox(x / width, y / height, w / width, h / height)


def face_position(face: FaceBox | None) -> FacePosition:
    """Judge a face box (fractions of the frame): partly outside or off centre, too low, or centred."""
    if face is None:
        return FacePosition.NONE
    if face.x < EDGE_MARGIN or face.y < EDGE_MARGIN or face.x + face.width > 1 - EDGE_MARGIN:
        return FacePosition.OFF_CENTRE
    if face.centre_y > LOW_FACE_CENTRE:
        return FacePosition.TOO_LOW
    if abs(face.centre_x - 0.5) > OFF_CENTRE:
        return FacePosition.OFF_CENTRE
    return FacePosition.CENTRED


def analyse(frame: AnyFrame, detector: FaceDetector | None) -> FrameAnalysis:
    """All checks on one picture; without a detector the face is reported as not found."""
    grey = to_grey(frame)
    small = scaled(grey, ANALYSIS_WIDTH)
    face = largest_face(small, detector) if detector is not None else None
    lum = float(np.mean(small))
    sharp = float(cv2.Laplacian(small, cv2.CV_64F).var())
    return FrameAnalysis(lum, sharp, face, face_position(face))
