"""Frontal-face detectors that ship inside installed packages (no download): load one, inject it.

OpenCV 4's wheels bundle Haar cascades (``cv2.data.haarcascades``) and ``cv2.CascadeClassifier``;
OpenCV 5.0 (pinned here) ships neither — its only face detector, YuNet, needs an ONNX model that no
installed package carries. scikit-image ships OpenCV's LBP frontal-face cascade and an evaluator for
it. ``load_face_detector`` takes the first that is available, or returns None (the check then leaves
the face out rather than guessing).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]  # x, y, width, height in pixels
_HAAR_FILE = "haarcascade_frontalface_default.xml"


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A face as fractions of the frame: left, top, width, height (0–1)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def centre_x(self) -> float:
        return self.x + self.width / 2

    @property
    def centre_y(self) -> float:
        return self.y + self.height / 2


class FaceDetector(Protocol):
    """Finds frontal faces in a grey picture; returns pixel boxes in that picture."""

    name: str

    def detect(self, grey: npt.NDArray[np.uint8]) -> list[Box]: ...


class OpenCvCascadeDetector:
    """OpenCV's bundled Haar frontal-face cascade (OpenCV 4.x wheels)."""

    name = "opencv-haar"

    def __init__(self, path: Path) -> None:
        classifier_type: Any = getattr(cv2, "CascadeClassifier")  # noqa: B009 - absent in OpenCV 5
        self._classifier = classifier_type(str(path))
        if self._classifier.empty():
            raise ValueError(f"could not load the cascade {path.name}")

    def detect(self, grey: npt.NDArray[np.uint8]) -> list[Box]:
        side = max(16, min(grey.shape[:2]) // 8)
        found = self._classifier.detectMultiScale(grey, 1.1, 4, minSize=(side, side))
        return [(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


class SkimageCascadeDetector:
    """OpenCV's LBP frontal-face cascade as shipped and evaluated by scikit-image."""

    name = "skimage-lbp"

    def __init__(self) -> None:
        data: Any = importlib.import_module("skimage.data")
        feature: Any = importlib.import_module("skimage.feature")
        self._cascade = feature.Cascade(data.lbp_frontal_face_cascade_filename())

    def detect(self, grey: npt.NDArray[np.uint8]) -> list[Box]:
        height, width = grey.shape[:2]
        side = max(16, min(height, width) // 8)
        found = self._cascade.detect_multi_scale(
            img=grey,
            scale_factor=1.2,
            step_ratio=1,
            min_size=(side, side),
            max_size=(height, height),
            min_neighbor_number=3,  # 2 let a shoulder badge through on the test photo
        )
        return [(int(f["c"]), int(f["r"]), int(f["width"]), int(f["height"])) for f in found]


def load_face_detector() -> FaceDetector | None:
    """The first bundled frontal-face detector that loads (OpenCV Haar, then scikit-image LBP), or None."""
    haar_dir = getattr(getattr(cv2, "data", None), "haarcascades", None)
    if haar_dir and hasattr(cv2, "CascadeClassifier") and (Path(haar_dir) / _HAAR_FILE).is_file():
        try:
            return OpenCvCascadeDetector(Path(haar_dir) / _HAAR_FILE)
        except (ValueError, cv2.error) as exc:
            log.warning("OpenCV face cascade failed to load: %s", type(exc).__name__)
    try:
        return SkimageCascadeDetector()
    except (ImportError, OSError, AttributeError) as exc:
        log.info("no face detector available: %s", type(exc).__name__)
    return None
