"""The call-quality indicator's verdict (app/core/call_quality.py)."""

from __future__ import annotations

from app.core.call_quality import Grade, QualityReading, Reason, grade


def test_a_clean_link_is_good() -> None:
    verdict = grade(QualityReading(loss=0.0, rtt_s=0.05, jitter_s=0.005, fps=30))
    assert verdict.grade is Grade.GOOD and verdict.reasons == ()


def test_nothing_measured_is_unknown() -> None:
    assert grade(QualityReading()).grade is Grade.UNKNOWN


def test_each_measure_can_make_it_weak_or_poor_and_says_which() -> None:
    assert grade(QualityReading(loss=0.05, rtt_s=0.05)).grade is Grade.WEAK
    assert grade(QualityReading(loss=0.05, rtt_s=0.05)).reasons == (Reason.LOSS,)
    assert grade(QualityReading(rtt_s=0.9)).grade is Grade.POOR
    assert grade(QualityReading(jitter_s=0.05)).reasons == (Reason.JITTER,)
    assert grade(QualityReading(fps=3)).grade is Grade.POOR
    assert grade(QualityReading(fps=10)).grade is Grade.WEAK


def test_reasons_come_worst_first() -> None:
    verdict = grade(QualityReading(loss=0.03, rtt_s=0.8, jitter_s=0.0, fps=25))
    assert verdict.grade is Grade.POOR
    assert verdict.reasons == (Reason.DELAY, Reason.LOSS)


def test_audio_only_is_at_best_weak_and_says_so() -> None:
    verdict = grade(QualityReading(loss=0.0, rtt_s=0.05, fps=0, audio_only=True))
    assert verdict.grade is Grade.WEAK
    assert verdict.reasons == (Reason.AUDIO_ONLY,)
