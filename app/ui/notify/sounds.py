"""Short notification sounds (a knock chime, a ring tone) made with numpy, and a lazy Qt player for them.

The WAV files in ``resources/sounds/`` were written by ``write_sounds()`` (run ``python -m
app.ui.notify.sounds`` to make them again); nothing is downloaded.
"""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

SOUNDS = Path(__file__).resolve().parents[3] / "resources" / "sounds"
RATE = 22050


def chime(freqs: tuple[float, ...], seconds: float, decay: float) -> np.ndarray:
    """A soft bell: a few partials with a quick attack and an exponential decay, as int16 samples."""
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = np.minimum(1.0, t / 0.01) * np.exp(-t * decay)
    wave_ = sum(np.sin(2 * np.pi * f * t) / (i + 1) for i, f in enumerate(freqs))
    samples: np.ndarray = (np.asarray(wave_) * envelope * 0.35 * 32767).astype("<i2")
    return samples


def write_wav(path: Path, samples: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


def write_sounds(folder: Path = SOUNDS) -> None:
    """knock.wav: two notes, 0.6 s; ring.wav: a ring-ring, 1.6 s (played on a loop while ringing)."""
    knock = np.concatenate([chime((880.0, 1320.0), 0.25, 10), chime((660.0, 990.0), 0.35, 8)])
    ring_burst = chime((1000.0, 1500.0, 2000.0), 0.4, 3)
    gap = np.zeros(int(RATE * 0.2), dtype="<i2")
    ring = np.concatenate([ring_burst, gap, ring_burst, np.zeros(int(RATE * 0.6), dtype="<i2")])
    write_wav(folder / "knock.wav", knock)
    write_wav(folder / "ring.wav", ring)


def qt_player(name: str, *, loops: int = 1) -> Callable[[], None]:
    """A function that plays ``resources/sounds/<name>.wav``; the QSoundEffect is made on first use."""
    return qt_start_stop(name, loops=loops)[0]


def qt_start_stop(name: str, *, loops: int = 1) -> tuple[Callable[[], None], Callable[[], None]]:
    """(play, stop) for ``resources/sounds/<name>.wav`` (``loops`` -2 rings until stopped)."""
    effect = None

    def play() -> None:
        nonlocal effect
        if effect is None:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS / f"{name}.wav")))
            effect.setLoopCount(loops)
        effect.play()

    def stop() -> None:
        if effect is not None:
            effect.stop()

    return play, stop


if __name__ == "__main__":
    write_sounds()
