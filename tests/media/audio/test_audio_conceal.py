"""A lost audio packet costs the listener 20 ms of concealed sound, not a silent hole (app/media/audio/
conceal.py), through the speaker's mixer with a scripted loss pattern (no devices needed).

Issue 12: at 5 % loss the sender's packets are skipped by ``PromptAudioJitterBuffer`` (audio is not
resent), so each voice arrived 20 ms short per lost packet; the speaker's 50 ms jitter buffer ran dry
within a few losses and each time went silent until 50 ms had gathered again."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.media.audio.conceal import Concealer
from app.media.audio.mixer import VoiceMixer
from tests.media.audio.test_audio_mixer import BLOCK, FRAME, level_at, mixer, sine

ORIGIN = (1 << 32) - 20 * FRAME  # RTP timestamps wrap during the run


def play(mix: VoiceMixer, lost: set[int], frames: int = 250) -> list[npt.NDArray[np.int16]]:
    """``frames`` 20 ms frames of a 440 Hz voice, those in ``lost`` never arriving, pulled in real time."""
    out = []
    for i in range(frames):
        if i not in lost:
            mix.push("ann", sine(440, FRAME, start=i * FRAME), pts=(ORIGIN + i * FRAME) % (1 << 32))
        out += [mix.pull(BLOCK), mix.pull(BLOCK)]
    return out


def test_five_percent_loss_never_runs_the_speakers_buffer_dry() -> None:
    lost = {i for i in range(250) if i % 20 == 7} | {101, 102}  # one in twenty, and once three in a row
    mix = mixer()
    blocks = play(mix, lost)
    ann = mix.buffer("ann")
    assert ann is not None
    assert ann.underruns == 0
    assert ann.silence_samples <= 2400 + BLOCK  # only the first priming
    # Every block after the start carries the voice: the lost packets are filled (fading out over three
    # lost in a row: its last 10 ms at about -34 dBFS), never silent.
    assert all(level_at(b, 440) > -40 for b in blocks[6:])
    assert mix.concealed_samples == FRAME * len(lost)


def test_a_long_break_is_not_filled() -> None:
    """Longer than ``MAX_CONCEAL_S`` is a pause or a link being rebuilt: nothing is invented for it."""
    conceal = Concealer()
    first = conceal.take(0, sine(440, FRAME))
    assert len(first) == FRAME
    assert len(conceal.take(FRAME + 10 * FRAME, sine(440, FRAME))) == FRAME
    assert len(conceal.take(12 * FRAME, sine(440, FRAME))) == FRAME  # in order again: nothing to fill
    filled = conceal.take(14 * FRAME, sine(440, FRAME))
    assert len(filled) == 2 * FRAME and conceal.concealed_samples == FRAME
    assert abs(int(filled[0]) - int(sine(440, FRAME)[-1])) < 2000  # meets the last sample: no click
    assert abs(int(filled[FRAME - 1])) < 200  # faded out by the next frame


def test_no_timestamps_no_concealment() -> None:
    mix = mixer()
    for i in range(10):
        if i != 5:
            mix.push("ann", sine(440, FRAME, start=i * FRAME))
    ann = mix.buffer("ann")
    assert ann is not None and len(ann) <= 9 * FRAME
