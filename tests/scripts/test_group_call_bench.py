"""The figures of ``bench/group_call_bench.py`` from the lines its clients print (no call is made here)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from bench.group_call_bench import Person, figures, merged


def person(lines: list[dict[str, Any]]) -> Person:
    return Person("p", cast(Any, None), lines)


def counted(times_counts: list[tuple[float, int, int]], pid: str = "x") -> list[dict[str, Any]]:
    return [{"t": t, "counts": {pid: [audio, video]}} for t, audio, video in times_counts]


def test_gaps_freezes_and_the_time_media_took_to_come_back() -> None:
    # Audio every 0.1 s except a 0.4 s hole at 1.0-1.4; video stops 2.0-2.7 (a freeze); then the outage
    # 5.0-8.0 (not counted as a gap) and media back 0.5 s after the restore on a rebuilt link (counts from 0).
    rows: list[tuple[float, int, int]] = []
    audio = video = 0
    for i in range(0, 101):
        t = round(i * 0.1, 1)
        if 5.0 < t <= 8.5:
            continue  # nothing arrives in the outage nor in the first half second after it
        if t == 8.6:
            audio = video = 0  # the rebuilt link's drains
        if not 1.0 < t < 1.4:
            audio += 1
        if not 2.0 < t < 2.7:
            video += 1
        rows.append((t, audio, video))
    result = figures([person(counted(rows))], start=0.0, end=10.0, event=(5.0, 8.0))
    assert result["audio_gap_s"] == pytest.approx(0.4)
    assert result["freezes"] == 1
    assert result["back_s"] == pytest.approx(0.6)
    assert result["knocked"] is False


def test_knocking_again_is_seen_in_the_states() -> None:
    lines = [{"t": 0.0, "state": s} for s in ("waiting", "connecting", "in_call", "reconnecting", "waiting")]
    assert figures([person(lines)], 0.0, 1.0, None)["knocked"] is True
    lines = [{"t": 0.0, "state": s} for s in ("waiting", "connecting", "in_call", "reconnecting", "in_call")]
    assert figures([person(lines)], 0.0, 1.0, None)["knocked"] is False


def test_a_block_counts_from_the_block_to_the_end_of_the_interruption_it_caused() -> None:
    # Frames already on their way arrive just after the block at 5.0; then nothing until 9.0.
    rows = [(round(i * 0.1, 1), i, i) for i in range(0, 53)] + [
        (9.0 + i * 0.1, 60 + i, 60 + i) for i in range(10)
    ]
    untouched = [(round(i * 0.1, 1), i, i) for i in range(0, 100)]
    lines = counted(rows) + counted(untouched, pid="y")
    result = figures([person(lines)], start=0.0, end=10.0, event=(5.0, 5.0))
    assert result["back_s"] == pytest.approx(4.0)
    assert result["audio_gap_s"] == pytest.approx(0.1)
    assert result["freezes"] == 0


def test_the_clinician_interpreter_link_is_the_machines_noise_floor_not_the_patients_figure() -> None:
    # Ids: clinician "c", patient "a", interpreter "i". The machine stalls 1.2 s at 3.0 (every stream,
    # also the link no emulated link carries); the patient's audio also has a 0.5 s gap of its own.
    def steady(gap: tuple[float, float] | None = None) -> list[tuple[float, int, int]]:
        rows, n = [], 0
        for i in range(0, 101):
            t = round(i * 0.1, 1)
            if 3.0 < t < 4.2 or (gap is not None and gap[0] < t < gap[1]):
                continue
            n += 1
            rows.append((t, n, n))
        return rows

    clinician = counted(steady(), "a") + counted(steady(), "i")
    patient = counted(steady((6.0, 6.5)), "c") + counted(steady(), "i")
    interpreter = counted(steady(), "a") + counted(steady(), "c")
    people = [
        Person("clinician", cast(Any, None), clinician),
        Person("Ann", cast(Any, None), patient),
        Person("Tolk", cast(Any, None), interpreter),
    ]
    result = figures(people, start=0.0, end=10.0, event=(2.0, 2.0))
    assert result["control_gap_s"] == pytest.approx(1.2)  # the stall, on the link without emulation
    assert result["control_freezes"] == 2  # both ways
    # On the patient's links the stall is an interruption by the event (back at 4.2); its own 0.5 s
    # gap is the longest one left.
    assert result["audio_gap_s"] == pytest.approx(0.5)
    assert result["back_s"] == pytest.approx(2.2)


def test_a_gap_while_the_machine_stalled_is_not_the_links_own() -> None:
    # No event. A machine stall 3.0-3.8 shows on the clinician-interpreter link; the patient's links
    # have a gap there too (the machine's) and one of 0.4 s at 6.0 while the clients' loops were on
    # time (the link's own); a 0.6 s gap at 8.0 came while the patient's loop woke 0.5 s late.
    def steady(*holes: tuple[float, float]) -> list[tuple[float, int, int]]:
        rows, n = [], 0
        for i in range(0, 101):
            t = round(i * 0.1, 1)
            if any(a < t < b for a, b in holes):
                continue
            n += 1
            rows.append((t, n, n))
        return rows

    stall = (3.0, 3.8)
    clinician = counted(steady(stall, (6.0, 6.4)), "a") + counted(steady(stall), "i")
    patient = counted(steady(stall, (8.0, 8.55)), "c") + counted(steady(stall), "i")
    patient.append({"t": 8.6, "counts": {}, "lag": 0.5})
    interpreter = counted(steady(stall), "a") + counted(steady(stall), "c")
    people = [
        Person("clinician", cast(Any, None), clinician),
        Person("Ann", cast(Any, None), patient),
        Person("Tolk", cast(Any, None), interpreter),
    ]
    result = figures(people, start=0.0, end=10.0, event=None)
    assert result["audio_gap_s"] == pytest.approx(0.8)  # the stall
    assert result["own_gap_s"] == pytest.approx(0.4)  # the link's own


def test_a_stall_long_after_the_block_on_a_stream_that_kept_flowing_is_a_gap_not_the_block() -> None:
    # x is interrupted by the block at 5.0 until 9.0; y kept flowing, then the machine stalled 16.0-17.3
    # (seen at the 300 s run: counted as media back 21 s after the block).
    rows = [(round(i * 0.1, 1), i, i) for i in range(0, 53)] + [
        (round(9.0 + i * 0.1, 1), 60 + i, 60 + i) for i in range(110)
    ]
    flowing = [(round(i * 0.1, 1), i, i) for i in range(0, 200) if not 16.0 < i * 0.1 < 17.3]
    lines = counted(rows) + counted(flowing, pid="y")
    result = figures([person(lines)], start=0.0, end=20.0, event=(5.0, 5.0))
    assert result["back_s"] == pytest.approx(4.0)
    assert result["audio_gap_s"] == pytest.approx(1.3)


def test_the_emulated_links_own_stalls_are_the_machines_too() -> None:
    # The wire (a thread of the bench) sent nothing 6.0-6.5 because it got no CPU: the patient's 0.5 s
    # gap there is the machine's; the late packets' spans overlap and are merged first.
    rows, n = [], 0
    for i in range(0, 101):
        t = round(i * 0.1, 1)
        if 6.0 < t < 6.5:
            continue
        n += 1
        rows.append((t, n, n))
    late = merged([(106.0, 106.3), (106.1, 106.5)], offset=-100.0)
    assert late == [(6.0, 6.5)]
    result = figures([person(counted(rows))], start=0.0, end=10.0, event=None, wire_stalls=late)
    assert result["audio_gap_s"] == pytest.approx(0.5)
    assert result["own_gap_s"] == pytest.approx(0.1)  # the frames' own spacing


def test_each_link_says_how_long_it_took_to_settle_at_its_level() -> None:
    """Issue 12: links took 10-20 s to step down to their level on the poor link; the bench says it."""
    from bench.group_call_bench import settling

    def sample(t: float, link: str, level: str) -> dict[str, Any]:
        return {"t": t, "link": link, "sample": {"level": level}}

    lines = [
        sample(100.0, "p_one", "full"),
        sample(101.0, "p_one", "full"),
        sample(103.5, "p_one", "low"),
        sample(104.5, "p_two", "full"),
        sample(105.0, "p_one", "minimal"),
        sample(106.0, "p_one", "minimal"),
        sample(107.5, "p_two", "full"),
    ]
    said = settling([Person("Ann", cast(Any, None), lines)])
    assert said == [
        "Ann to p_one: full → low → minimal, at its last level 5.0 s after its first sample",
        "Ann to p_two: full, at its last level 0.0 s after its first sample",
    ]


def test_a_gap_while_the_sending_client_stalled_is_the_machines_not_the_links() -> None:
    """Issue 12's poor-link runs: the patient's own event loop woke 0.25 s late (it got no CPU), so it
    sent nothing, and the others heard a 0.38 s gap from the patient — counted as the link's own, since
    only the receiving client's lateness was taken off. The sender's lateness is the machine's too; it
    reaches the receiver ``one_way_s`` later."""

    def steady(*holes: tuple[float, float]) -> list[tuple[float, int, int]]:
        rows, n = [], 0
        for i in range(0, 101):
            t = round(i * 0.1, 1)
            if any(a < t < b for a, b in holes):
                continue
            n += 1
            rows.append((t, n, n))
        return rows

    # Ann's loop stalled 6.0-6.3; the clinician and the interpreter hear nothing from Ann 6.15-6.45.
    clinician = counted(steady((6.1, 6.5)), "a") + counted(steady(), "i")
    patient = counted(steady(), "c") + counted(steady(), "i")
    patient.append({"t": 6.3, "counts": {}, "lag": 0.3})
    interpreter = counted(steady((6.1, 6.5)), "a") + counted(steady(), "c")
    people = [
        Person("clinician", cast(Any, None), clinician),
        Person("Ann", cast(Any, None), patient),
        Person("Tolk", cast(Any, None), interpreter),
    ]
    result = figures(people, start=0.0, end=10.0, event=None, one_way_s=0.15)
    assert result["audio_gap_s"] == pytest.approx(0.4)
    assert result["own_gap_s"] == pytest.approx(0.1)  # 6.1-6.45 was the sender's stall, 6.45-6.5 not
