"""The last-N rule: which pictures a client of a media-server room receives and shows."""

from __future__ import annotations

from app.core.last_n import MAX_SHOWN, SpeakerHistory, changes, choose, slots_for

FEEDS = [f"p{i}" for i in range(12)]


def test_nobody_heard_yet_fills_n_in_the_services_order() -> None:
    assert choose(FEEDS, SpeakerHistory(), 4) == ["p0", "p1", "p2", "p3"]


def test_active_speaker_first_then_most_recent_speakers() -> None:
    history = SpeakerHistory()
    history.heard("p7", True, 1.0)
    history.heard("p7", False, 2.0)
    history.heard("p9", True, 3.0)
    history.heard("p9", False, 4.0)
    history.heard("p5", True, 5.0)  # talking now
    assert choose(FEEDS, history, 3) == ["p5", "p9", "p7"]
    assert choose(FEEDS, history, 4) == ["p5", "p9", "p7", "p0"]


def test_of_two_talking_the_one_who_started_last_is_active() -> None:
    history = SpeakerHistory()
    history.heard("p3", True, 1.0)
    history.heard("p4", True, 2.0)
    history.heard("p3", True, 3.0)  # a repeated "talking" does not restart them
    assert history.active() == "p4"
    assert choose(FEEDS, history, 1) == ["p4"]


def test_hosts_and_presenter_always_even_beyond_n() -> None:
    history = SpeakerHistory()
    history.heard("p8", True, 1.0)
    shown = choose(FEEDS, history, 1, hosts={"p2", "p1"}, presenter="p6")
    assert shown == ["p6", "p1", "p2"]  # the speaker does not fit: the must-shows took N


def test_pinned_comes_after_presenter_and_before_speakers() -> None:
    history = SpeakerHistory()
    history.heard("p8", True, 1.0)
    assert choose(FEEDS, history, 3, pinned="p11", presenter="p6") == ["p6", "p11", "p8"]


def test_only_published_feeds_are_chosen() -> None:
    history = SpeakerHistory()
    history.heard("gone", True, 1.0)  # talking on audio, no video published
    assert choose(["a", "b"], history, 4, hosts={"host-without-video"}, presenter="x") == ["a", "b"]


def test_a_speaker_who_left_is_forgotten() -> None:
    history = SpeakerHistory()
    history.heard("p3", True, 1.0)
    history.forget("p3")
    assert history.active() is None
    assert history.recent() == []


def test_talking_now_outranks_heard_later_by_end_time() -> None:
    history = SpeakerHistory()
    history.heard("long", True, 1.0)
    history.heard("short", True, 5.0)
    history.heard("short", False, 6.0)
    assert history.recent() == ["long", "short"]


def test_n_from_layout_and_window_size() -> None:
    assert slots_for("speaker", 1920, 1080) == 1
    assert slots_for("pinned", 1920, 1080) == 1
    assert slots_for("gallery", 800, 600) == 9  # 3 × 3 at 266 × 200
    assert slots_for("gallery", 640, 400) == 4  # 2 × 2
    assert slots_for("gallery", 300, 200) == 1
    assert slots_for("gallery", 3840, 2160) == MAX_SHOWN
    assert slots_for("interpreter", 800, 600) == 5  # two large and three small below
    assert slots_for("interpreter", 200, 100) == 2


def test_changes_say_what_to_subscribe_and_drop() -> None:
    assert changes(["a", "b", "c"], ["c", "d", "a"]) == (["d"], ["b"])
