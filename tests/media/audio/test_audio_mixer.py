"""The speaker's mixer: a jitter buffer per remote voice, summed with a limiter (no devices needed)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.media.audio.mixer import Limiter, VoiceMixer

RATE = 48_000
BLOCK = 480  # 10 ms, what the sound card asks for
FRAME = 960  # 20 ms, what the Opus decoder gives


def sine(hz: float, samples: int, level_dbfs: float = -12.0, start: int = 0) -> npt.NDArray[np.int16]:
    n = np.arange(start, start + samples)
    return np.round(32767 * 10 ** (level_dbfs / 20) * np.sin(2 * np.pi * hz * n / RATE)).astype(np.int16)


def level_at(signal: npt.NDArray[np.generic], hz: float) -> float:
    """The peak level in dBFS of the ``hz`` component of ``signal`` (Hann window)."""
    window = np.hanning(len(signal))
    x = signal.astype(np.float64) / 32768
    amplitude = (
        abs(np.dot(x * window, np.exp(-2j * np.pi * hz * np.arange(len(x)) / RATE))) * 2 / window.sum()
    )
    return float(20 * np.log10(max(amplitude, 1e-9)))


def mixer() -> VoiceMixer:
    return VoiceMixer(target=2400, maximum=5760)  # 50 ms, 120 ms: Playback's defaults


def test_two_voices_are_summed_both_at_their_level_in_every_block() -> None:
    mix = mixer()
    heard = []
    for i in range(50):  # 1 s of 20 ms frames from each, pulled in 10 ms blocks
        mix.push("ann", sine(440, FRAME, start=i * FRAME))
        mix.push("bo", sine(700, FRAME, start=i * FRAME))
        heard += [mix.pull(BLOCK), mix.pull(BLOCK)]
    priming = 4  # silent blocks until 50 ms were buffered (the third frame)
    assert not np.concatenate(heard[:priming]).any()
    blocks = heard[priming:]
    assert all(abs(level_at(b, 440) + 12) < 1.5 and abs(level_at(b, 700) + 12) < 1.5 for b in blocks)
    played = np.concatenate(blocks)
    expected = sine(440, len(played)).astype(np.int32) + sine(700, len(played))
    assert np.array_equal(played, expected)  # a plain sum while it fits: no scaling, no distortion
    assert mix.underruns == 0 and mix.dropped_samples == 0


def test_one_voice_alone_plays_unchanged() -> None:
    mix = mixer()
    voice = sine(300, 20 * FRAME, level_dbfs=-3)
    out = []
    for i in range(20):
        mix.push("ann", voice[i * FRAME : (i + 1) * FRAME])
        out += [mix.pull(BLOCK), mix.pull(BLOCK)]
    assert not np.concatenate(out[:4]).any()  # priming
    played = np.concatenate(out[4:])
    assert np.array_equal(played, voice[: len(played)])
    assert mix.limiter.limited_blocks == 0


def test_loud_voices_together_are_limited_not_clipped() -> None:
    mix = mixer()
    out = []
    for i in range(50):  # three voices at -3 dBFS each: their sum would reach +6 dBFS
        for voice, hz in (("a", 300), ("b", 440), ("c", 700)):
            mix.push(voice, sine(hz, FRAME, level_dbfs=-3, start=i * FRAME))
        out += [mix.pull(BLOCK), mix.pull(BLOCK)]
    played = np.concatenate(out[10:]).astype(np.int32)
    ceiling = 32767 * 10 ** (-1 / 20)
    assert np.abs(played).max() <= ceiling + 1  # kept under -1 dBFS: no sample hits full scale
    assert np.abs(played).max() > 0.8 * ceiling  # and not squashed far below it
    for hz in (300, 440, 700):  # each voice still there, with the same share of the mix
        assert abs(level_at(played[-9600:], hz) - level_at(played[-9600:], 300)) < 1.5
    quiet = []
    for i in range(50, 150):  # the others leave; one quiet voice recovers its own level
        mix.push("a", sine(300, FRAME, level_dbfs=-12, start=i * FRAME))
        for gone in ("b", "c"):
            mix.remove(gone)
        quiet += [mix.pull(BLOCK), mix.pull(BLOCK)]
    assert abs(level_at(np.concatenate(quiet[-50:]), 300) + 12) < 0.5
    assert mix.limiter.gain == 1.0


def test_a_voice_that_stops_does_not_stall_the_others() -> None:
    mix = mixer()
    out = []
    for i in range(60):
        mix.push("ann", sine(440, FRAME, start=i * FRAME))
        if i < 20:  # bo's packets stop after 0.4 s (a frozen link, a muted participant)
            mix.push("bo", sine(700, FRAME, start=i * FRAME))
        out += [mix.pull(BLOCK), mix.pull(BLOCK)]
    late = out[60:]  # long after bo stopped
    assert all(abs(level_at(b, 440) + 12) < 1.5 for b in late)  # ann plays on, every block
    assert level_at(np.concatenate(late), 700) < -60
    ann, bo = mix.buffer("ann"), mix.buffer("bo")
    assert ann is not None and bo is not None
    assert ann.underruns == 0 and bo.underruns == 1


def test_each_voice_has_its_own_jitter_buffer() -> None:
    """A voice whose packets stall for 100 ms every half second (then come all at once) runs dry and
    primes again on its own; a steady voice in the same mix never misses a block."""
    arrival = [j - j % 25 + 5 if j % 25 < 5 and j >= 25 else j for j in range(250)]  # in 20 ms frames
    mix = mixer()
    steady_blocks, next_jittery = [], 0
    for i in range(250):  # 5 s
        mix.push("steady", sine(440, FRAME, start=i * FRAME))
        while next_jittery < len(arrival) and arrival[next_jittery] <= i:
            mix.push("jittery", sine(700, FRAME, start=next_jittery * FRAME))
            next_jittery += 1
        steady_blocks += [mix.pull(BLOCK), mix.pull(BLOCK)]
    assert all(abs(level_at(b, 440) + 12) < 1.5 for b in steady_blocks[4:])
    steady, jittery = mix.buffer("steady"), mix.buffer("jittery")
    assert steady is not None and jittery is not None
    assert steady.underruns == 0 and steady.dropped_samples == 0
    assert jittery.underruns > 0  # its own stalls, heard as its own gaps only
    assert len(steady) <= 2400 and mix.underruns == jittery.underruns


def test_a_voice_that_left_is_removed_and_counted() -> None:
    mix = mixer()
    for voice in ("ann", "bo"):
        mix.push(voice, np.ones(10_000, dtype=np.int16))
    mix.remove("bo")
    mix.remove("bo")  # twice: nothing happens
    assert mix.voices == ["ann"]
    assert mix.dropped_samples == 2 * 7600  # both overflowed; bo's count stays after it left
    assert mix.pull(BLOCK).max() == 1  # only ann's samples are left in the mix


def test_no_voice_is_silence() -> None:
    assert not VoiceMixer(2400, 5760).pull(BLOCK).any()


def test_limiter_passes_what_fits_and_catches_a_peak_at_once() -> None:
    limiter = Limiter()
    quiet = (np.arange(BLOCK, dtype=np.int32) % 200) * 100
    assert np.array_equal(limiter.apply(quiet), quiet.astype(np.int16))
    loud = np.full(BLOCK, 60_000, dtype=np.int32)
    out = limiter.apply(loud).astype(np.int32)
    assert np.abs(out).max() <= limiter.ceiling + 1 and limiter.gain < 0.55
    gains = []
    for _ in range(100):  # quiet again: the gain comes back smoothly, never jumping up at once
        before = limiter.gain
        limiter.apply(quiet)
        gains.append(limiter.gain - before)
    assert limiter.gain == 1.0 and max(gains) < 0.1
