"""The camera check: reads ~2 s of pictures from an open camera and says what the patient should fix.

It measures the frame rate and size the camera really delivers, how bright and how sharp the picture
is and where the face sits, and returns codes (never sentences). It reads from a ``CameraFeed`` — the
same one that feeds the self view and the call — so it works the same with a real camera, the
synthetic stand-in (reported as ``CAMERA_NONE``) or a test camera showing a known photo.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter
from dataclasses import dataclass

from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol.models import Verdict
from app.media.camera.analysis import BLUR_SHARPNESS, DARK_LUMINANCE, FacePosition, FrameAnalysis, analyse
from app.media.camera.faces import FaceDetector
from app.media.camera.feed import CameraFeed, CameraFrame, CameraStatus

_ENDED_CODES = {
    CameraStatus.NONE: PreflightCode.CAMERA_NONE,
    CameraStatus.IN_USE: PreflightCode.CAMERA_IN_USE,
    CameraStatus.PERMISSION_DENIED: PreflightCode.CAMERA_PERMISSION_DENIED,
    CameraStatus.REMOVED: PreflightCode.CAMERA_NO_FRAMES,
    CameraStatus.CLOSED: PreflightCode.CAMERA_NO_FRAMES,
}
_POSITION_CODES = {
    FacePosition.NONE: PreflightCode.CAMERA_NO_FACE,
    FacePosition.TOO_LOW: PreflightCode.CAMERA_FACE_TOO_LOW,
    FacePosition.OFF_CENTRE: PreflightCode.CAMERA_FACE_OFF_CENTRE,
}


@dataclass(frozen=True, slots=True)
class CameraThresholds:
    """Where a measurement becomes a warning."""

    min_fps_ratio: float = 0.5  # delivered / requested frame rate
    dark_luminance: float = DARK_LUMINANCE
    blur_sharpness: float = BLUR_SHARPNESS
    face_share: float = 0.5  # a face must be seen in at least this share of analysed pictures


class CameraCheck:
    """``await run()`` → one ``CheckResult``, within ``open_timeout_s + duration_s`` plus one analysis.

    ``feed`` is None when there is no camera at all. ``detector`` None leaves the face out of the
    verdict (measurement ``face_detector`` = 0). Analysis runs in a worker thread so the event loop
    (and the self view) keeps going; the frame rate is counted from the feed's sequence numbers, so
    pictures skipped while analysing still count.
    """

    def __init__(
        self,
        feed: CameraFeed | None,
        detector: FaceDetector | None,
        *,
        requested_size: tuple[int, int] = (640, 480),
        requested_fps: float = 30.0,
        duration_s: float = 2.0,
        open_timeout_s: float = 1.0,
        analyses: int = 6,
        thresholds: CameraThresholds | None = None,
    ) -> None:
        self._feed = feed
        self._detector = detector
        self._size = requested_size
        self._fps = requested_fps
        self._duration = duration_s
        self._open_timeout = open_timeout_s
        self._analyses = max(1, analyses)
        self._limits = thresholds or CameraThresholds()

    async def run(self) -> CheckResult:
        started = time.monotonic()
        feed = self._feed
        if feed is None or feed.stand_in or feed.status is CameraStatus.NONE:
            return self._result(Verdict.FAIL, [PreflightCode.CAMERA_NONE], {}, started)
        first = await feed.next_frame(after=0, wait_s=self._open_timeout)
        if first is None:
            code = _ENDED_CODES.get(feed.status, PreflightCode.CAMERA_NO_FRAMES)
            return self._result(Verdict.FAIL, [code], {}, started)
        last, analyses = await self._sample(feed, first)
        result = self._judge(first, last, time.monotonic(), analyses, started)
        if feed.status is not CameraStatus.RUNNING:  # lost during the check (unplugged, taken over)
            code = _ENDED_CODES.get(feed.status, PreflightCode.CAMERA_NO_FRAMES)
            return self._result(Verdict.FAIL, [code], result.measurements, started)
        return result

    async def _sample(self, feed: CameraFeed, first: CameraFrame) -> tuple[CameraFrame, list[FrameAnalysis]]:
        end = time.monotonic() + self._duration
        interval = self._duration / self._analyses
        next_analysis = time.monotonic()
        frame, last = first, first
        analyses: list[FrameAnalysis] = []
        while True:
            if time.monotonic() >= next_analysis and len(analyses) < self._analyses:
                analyses.append(await asyncio.to_thread(_analyse, frame, self._detector))
                next_analysis += interval
            remaining = end - time.monotonic()
            if remaining <= 0:
                break
            wait = min(remaining, max(0.0, next_analysis - time.monotonic()) or remaining)
            newer = await feed.next_frame(after=last.seq, wait_s=wait)
            if newer is not None:
                frame = last = newer
            elif feed.status is not CameraStatus.RUNNING:
                break
        return last, analyses

    def _judge(
        self,
        first: CameraFrame,
        last: CameraFrame,
        ended_at: float,
        analyses: list[FrameAnalysis],
        started: float,
    ) -> CheckResult:
        # Pictures per second over the whole window, so a camera that stalls half-way counts as slow.
        span = ended_at - first.captured_at
        fps = (last.seq - first.seq) / span if span > 0 else 0.0
        lum = statistics.median(a.luminance for a in analyses)
        sharp = statistics.median(a.sharpness for a in analyses)
        values = {
            "fps": round(fps, 1),
            "width": float(last.width),
            "height": float(last.height),
            "luminance": round(lum, 1),
            "sharpness": round(sharp, 1),
            "face_detector": 1.0 if self._detector is not None else 0.0,
        }
        codes: list[PreflightCode] = []
        if fps < self._fps * self._limits.min_fps_ratio:
            codes.append(PreflightCode.CAMERA_LOW_FRAME_RATE)
        if last.width < self._size[0] or last.height < self._size[1]:
            codes.append(PreflightCode.CAMERA_LOW_RESOLUTION)
        if lum < self._limits.dark_luminance:
            codes.append(PreflightCode.CAMERA_TOO_DARK)
        elif sharp < self._limits.blur_sharpness:
            codes.append(PreflightCode.CAMERA_BLURRED)
        if self._detector is not None:
            position, face_values = self._face(analyses)
            values |= face_values
            if position in _POSITION_CODES:
                codes.append(_POSITION_CODES[position])
        if not codes:
            return self._result(Verdict.OK, [PreflightCode.CAMERA_OK], values, started)
        return self._result(Verdict.WARNING, codes, values, started)

    def _face(self, analyses: list[FrameAnalysis]) -> tuple[FacePosition, dict[str, float]]:
        """The usual position of the face over the analysed pictures, and where its centre was."""
        found = [a for a in analyses if a.face is not None]
        if len(found) < self._limits.face_share * len(analyses):
            return FacePosition.NONE, {"face_share": round(len(found) / len(analyses), 2)}
        position = Counter(a.position for a in found).most_common(1)[0][0]
        face = found[-1].face
        assert face is not None
        return position, {
            "face_share": round(len(found) / len(analyses), 2),
            "face_x": round(face.centre_x, 3),
            "face_y": round(face.centre_y, 3),
            "face_width": round(face.width, 3),
        }

    def _result(
        self, verdict: Verdict, codes: list[PreflightCode], values: dict[str, float], started: float
    ) -> CheckResult:
        return CheckResult(CheckName.CAMERA, verdict, codes, values, duration_s=time.monotonic() - started)


def _analyse(frame: CameraFrame, detector: FaceDetector | None) -> FrameAnalysis:
    """Runs in a worker thread: the luma (a LUT pass for video-range YUV) and all image checks."""
    return analyse(frame.luma(), detector)
