"""``CallSession`` and ``PeerLink`` on their own: two (or three) calls joined by an in-memory switchboard.

Issue 12, findings 2 and 7. The signaling is a ``Switchboard`` in memory that delivers each signal
as the service would, can lose them (a participant whose connection is away) and can hold them back
(a peer that leaves while an answer is on its way); the media is real aiortc over loopback sockets,
as aiortc's own tests run two peer connections against each other. Negotiation, renegotiation, a
peer leaving mid-negotiation, the watchdog noticing media that stopped (and asking for a key frame
when it flows again), a link closed under us rebuilt with a new peer connection, and the time limits.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest
from aiortc.contrib.media import MediaRelay

from app.core.link_quality import Level
from app.core.protocol import Admitted, IceServer, Participant, Role, SignalPayload
from app.media.absent import AbsentTrack
from app.media.frame_slot import FrameSlot
from app.media.host_addresses import restrict_ice_host_addresses, unrestrict_ice_host_addresses
from app.media.sources import MediaSources
from app.media.switchable import SwitchableTrack
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack
from app.session.call import CallSession, LinkState
from app.session.config import MediaRecovery
from app.session.peer import rtc_configuration
from tests.support.link_cut import Cut

SIZE = (320, 240)
FAST = MediaRecovery(
    stall_s=0.5, rebuild_s=1.5, attempt_s=4.0, connect_s=6.0, backoff_s=(0.2, 0.5), give_up_s=10.0, poll_s=0.1
)


@pytest.fixture(autouse=True)
def loopback_only() -> object:
    restrict_ice_host_addresses(["127.0.0.1"])
    yield
    unrestrict_ice_host_addresses()


async def until(condition: Callable[[], bool], limit_s: float = 10.0, what: str = "condition") -> None:
    try:
        async with asyncio.timeout(limit_s):
            while not condition():
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


class Switchboard:
    """The service's relay, in memory. ``away``: participants whose signaling is down (what they send
    fails, what is sent to them is dropped, as the service drops signals to a detached member);
    ``held``: (sender, receiver, kind) routes whose signals wait in ``parked``."""

    def __init__(self) -> None:
        self.calls: dict[str, CallSession] = {}
        self.away: set[str] = set()
        self.held: set[tuple[str, str, str]] = set()
        self.parked: list[tuple[str, str, SignalPayload]] = []
        self.log: list[tuple[str, str, str]] = []

    def sender(self, me: str) -> Callable[[str, SignalPayload], Awaitable[bool]]:
        async def send(to: str, payload: SignalPayload) -> bool:
            if me in self.away:
                return False
            self.log.append((me, to, payload.kind))
            if (me, to, payload.kind) in self.held:
                self.parked.append((me, to, payload))
            elif to not in self.away and to in self.calls:
                asyncio.get_running_loop().call_soon(self.calls[to].signal, me, payload)
            return True

        return send

    def release(self) -> None:
        parked, self.parked = self.parked, []
        for me, to, payload in parked:
            if to in self.calls:
                self.calls[to].signal(me, payload)


class Valve:
    """A participant's sources that can stop sending (nothing at all, as if the link went quiet)."""

    def __init__(self) -> None:
        self.sources = MediaSources(
            SwitchableTrack(ToneAudioTrack(440)), SwitchableTrack(PatternVideoTrack(SIZE, 15)), FrameSlot()
        )

    def shut(self) -> None:
        self.sources.audio.replace_source(AbsentTrack("audio"))
        self.sources.video.replace_source(AbsentTrack("video"))

    def open(self) -> None:
        self.sources.audio.replace_source(ToneAudioTrack(440))
        self.sources.video.replace_source(PatternVideoTrack(SIZE, 15))


@asynccontextmanager
async def call_of(
    names: list[str], recovery: MediaRecovery = FAST
) -> AsyncIterator[tuple[Switchboard, dict[str, CallSession], dict[str, Valve], dict[str, list[LinkState]]]]:
    board = Switchboard()
    valves = {name: Valve() for name in names}
    states: dict[str, list[LinkState]] = {name: [] for name in names}
    relay = MediaRelay()
    for name in names:
        send, seen = board.sender(name), states[name].append
        sources = valves[name].sources
        board.calls[name] = CallSession(sources, relay, send, seen, FrameSlot(), recovery=recovery)
    try:
        yield board, board.calls, valves, states
    finally:
        for call in board.calls.values():
            await call.close()
        for valve in valves.values():
            valve.sources.close()


def admit(call: CallSession, me: str, others: list[str], ice: list[IceServer] | None = None) -> None:
    """``me`` is admitted into a call where ``others`` already are: it offers to each."""
    people = [Participant(pid, pid.upper(), Role.PATIENT) for pid in others]
    call.admitted(Admitted(room_id="r", participant_id=me, ice_servers=ice or [], participants=people))


def frames(call: CallSession, pid: str, kind: str) -> int:
    drain = call.drain(pid, kind)
    return drain.frames if drain is not None else 0


async def media_both_ways(calls: dict[str, CallSession], a: str, b: str, more_than: int = 0) -> None:
    for me, other in ((a, b), (b, a)):
        start = {kind: frames(calls[me], other, kind) if more_than else 0 for kind in ("audio", "video")}
        await until(
            lambda me=me, other=other, start=start: all(
                frames(calls[me], other, kind) > start[kind] + 5 for kind in ("audio", "video")
            ),
            what=f"media from {other} at {me}",
        )


async def test_two_calls_negotiate_and_media_flows_both_ways() -> None:
    async with call_of(["a", "b"]) as (board, calls, _valves, states):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        assert [kind for _, _, kind in board.log] == ["offer", "answer"]
        assert calls["a"].links["b"].offerer and not calls["b"].links["a"].offerer
        assert LinkState("b", "connected") in states["a"] and LinkState("a", "connected") in states["b"]
        assert calls["a"].media_down == set() == calls["b"].media_down


async def test_continue_with_audio_only_is_the_rules_audio_only_kept_over_a_rebuild_with_a_way_back() -> None:
    """The recovery choice and the rate rule's audio only are one state: the rule's level on every link,
    kept when a link is rebuilt, and *Try the picture again* (``choose_audio_only(False)``) brings the
    picture back on the very links the call has (before: the links were rebuilt without a video section,
    the rule still said ``full``, and nothing could bring the picture back)."""
    async with call_of(["a", "b"]) as (_board, calls, _valves, _states):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        calls["a"].continue_audio_only()
        rule = calls["a"].monitor.rule("b")
        assert rule is not None and rule.level is Level.AUDIO_ONLY
        first_a, first_b = calls["a"].links["b"], calls["b"].links["a"]
        calls["a"].network_changed()  # every link rebuilt: the choice holds on the new one
        await until(lambda: calls["a"].links.get("b") not in (None, first_a), what="a rebuilt link")
        await until(lambda: calls["b"].links.get("a") not in (None, first_b), what="b's side rebuilt")
        await until(lambda: frames(calls["b"], "a", "audio") > 10, what="a's sound on the rebuilt link")
        rule = calls["a"].monitor.rule("b")
        assert rule is not None and rule.level is Level.AUDIO_ONLY
        assert calls["a"].picture_paused
        still = frames(calls["b"], "a", "video")
        await asyncio.sleep(1.0)
        assert frames(calls["b"], "a", "video") == still  # no picture goes out
        calls["a"].monitor.choose_audio_only(False)  # the one way back, as the quality indicator offers
        await until(lambda: frames(calls["b"], "a", "video") > still + 3, what="a's picture again")
        assert not calls["a"].picture_paused


async def test_a_paused_picture_is_told_to_the_other_side_and_taken_down_not_left_frozen() -> None:
    async with call_of(["a", "b"]) as (board, calls, _valves, states):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        slot = calls["b"].remote_slots["a"]
        assert slot.peek() is not None
        calls["a"].monitor.choose_audio_only(True)
        await until(lambda: LinkState("a", "paused") in states["b"], what="b told that a's picture is paused")
        assert ("a", "b", "video_paused") in board.log
        assert slot.peek() is None  # no frozen last frame
        assert calls["b"].paused == {"a"}
        await asyncio.sleep(0.5)
        assert slot.peek() is None
        calls["a"].monitor.choose_audio_only(False)
        await until(lambda: LinkState("a", "resumed") in states["b"], what="b told that the picture is back")
        await until(lambda: slot.peek() is not None, what="a fresh picture at b")
        assert calls["b"].paused == set()


async def test_a_peer_leaving_mid_negotiation_leaves_no_link_and_no_repair() -> None:
    async with call_of(["a", "b"]) as (board, calls, _valves, states):
        board.held.add(("b", "a", "answer"))  # b answers, but the answer is still on its way
        admit(calls["a"], "a", ["b"])
        await until(lambda: bool(board.parked), what="b's answer")
        calls["a"].participant_left("b")  # b leaves before its answer arrives
        await until(lambda: "b" not in calls["a"].links, what="a's link to b dropped")
        board.release()  # the late answer finds nobody to answer
        await asyncio.sleep(FAST.connect_s + 1.0)  # past every time limit: nothing is rebuilt
        assert calls["a"].links == {} and calls["a"].media_down == set()
        assert not calls["a"].repair.repairing("b")
        assert [kind for me, _, kind in board.log if me == "a"] == ["offer"]
        assert not [s for s in states["a"] if s.state in ("lost", "stalled")]


async def test_an_offer_never_answered_times_out_and_is_offered_again() -> None:
    async with call_of(["a", "b"]) as (board, calls, _valves, states):
        board.away.add("b")  # b's signaling is away: the first offer is dropped
        admit(calls["a"], "a", ["b"])
        await until(lambda: LinkState("b", "lost") in states["a"], FAST.connect_s + 2, what="no connection")
        board.away.discard("b")
        await media_both_ways(calls, "a", "b")
        offers = [kind for me, _, kind in board.log if me == "a" and kind == "offer"]
        assert len(offers) >= 2
        assert calls["a"].media_down == set()


async def test_media_that_stops_is_noticed_and_a_key_frame_is_asked_for_when_it_flows_again() -> None:
    async with call_of(["a", "b"], MediaRecovery(stall_s=1.0, rebuild_s=30.0, poll_s=0.25)) as (
        _board,
        calls,
        _valves,
        states,
    ):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        link = calls["b"].links["a"]
        cut = Cut(calls["a"].links["b"], link)
        cut.on = True
        stopped = asyncio.get_running_loop().time()
        await until(lambda: LinkState("a", "stalled") in states["b"], 3.0, what="stalled")
        noticed = asyncio.get_running_loop().time() - stopped
        assert noticed < 2.0  # the user sees "Reconnecting…" within 2 s of media stopping
        assert calls["b"].media_down == {"a"}
        assert link.key_frames_asked == 0
        cut.on = False  # a short cut: the same link carries on by itself
        await until(lambda: LinkState("a", "flowing") in states["b"], 5.0, what="flowing again")
        assert calls["b"].links["a"] is link  # nothing rebuilt
        assert link.key_frames_asked == 1  # a fresh picture at once, not seconds of corrupt frames
        assert calls["b"].media_down == set()


async def test_a_participant_who_sends_nothing_is_not_taken_for_a_dead_link() -> None:
    """Someone with neither camera nor microphone sends no RTP; their RTCP keeps the link alive."""
    async with call_of(["a", "b"], MediaRecovery(stall_s=1.0, rebuild_s=2.0, poll_s=0.25)) as (
        _board,
        calls,
        valves,
        states,
    ):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        link = calls["b"].links["a"]
        valves["a"].shut()
        await asyncio.sleep(4.0)
        assert calls["b"].links["a"] is link
        assert not [s for s in states["b"] if s.state in ("stalled", "lost")]


async def test_a_link_closed_under_us_is_rebuilt_with_a_new_peer_connection() -> None:
    """aiortc's consent check *closes* a link whose far end went quiet; the session used to react
    to ``failed`` only, so the call stayed on a dead link for good. (No watchdog here: its times are
    set far out, so only the link's own state can start the repair.)"""
    slow_watch = MediaRecovery(
        stall_s=60.0, rebuild_s=60.0, attempt_s=4.0, connect_s=60.0, backoff_s=(0.2, 0.5)
    )
    async with call_of(["a", "b"], slow_watch) as (board, calls, _valves, states):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        dead_a, dead_b = calls["a"].links["b"], calls["b"].links["a"]
        await dead_b.pc.close()  # b's side closes by itself (not through PeerLink.close)
        await until(lambda: calls["a"].links.get("b") not in (None, dead_a), 8.0, what="a rebuilt link at a")
        await until(lambda: calls["b"].links.get("a") not in (None, dead_b), 8.0, what="a rebuilt link at b")
        await media_both_ways(calls, "a", "b")
        assert calls["a"].links["b"].offerer  # the side that offered first offered again
        assert any(s.state in ("lost", "closed") for s in states["b"])
        await until(lambda: calls["a"].media_down == set() == calls["b"].media_down, what="all up")
        assert dead_a.pc.connectionState == "closed"
        assert ("b", "a", "restart") in board.log or ("a", "b", "offer") in board.log[2:]


async def test_a_link_quiet_past_the_rebuild_time_is_rebuilt_with_a_new_peer_connection() -> None:
    async with call_of(["a", "b"]) as (board, calls, _valves, states):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        dead_a, dead_b = calls["a"].links["b"], calls["b"].links["a"]
        Cut(dead_a, dead_b).on = True
        await until(lambda: LinkState("b", "lost") in states["a"], 5.0, what="a repairs")
        await until(lambda: calls["b"].links.get("a") not in (None, dead_b), 8.0, what="a new link at b")
        await media_both_ways(calls, "a", "b")
        await until(lambda: calls["a"].media_down == set() == calls["b"].media_down, 10.0, what="all up")
        assert dead_a.pc.connectionState == "closed" and dead_b.pc.connectionState == "closed"
        assert ("a", "b", "offer") in board.log[2:]  # the side that offered first offered again


async def test_three_people_one_link_lost_the_other_link_untouched() -> None:
    async with call_of(["a", "b", "c"]) as (_board, calls, _valves, _states):
        admit(calls["a"], "a", [])
        admit(calls["b"], "b", ["a"])
        admit(calls["c"], "c", ["a", "b"])
        for x, y in (("a", "b"), ("a", "c"), ("b", "c")):
            await media_both_ways(calls, x, y)
        a_to_b = calls["a"].links["b"]
        dead = calls["c"].links["a"]
        await dead.pc.close()
        await until(lambda: calls["c"].links.get("a") not in (None, dead), 8.0, what="c's link to a rebuilt")
        await media_both_ways(calls, "a", "c", more_than=1)
        assert calls["a"].links["b"] is a_to_b


def test_a_rebuilt_link_puts_turn_over_tcp_first_as_aiortc_uses_only_the_first_turn_address() -> None:
    servers = [
        IceServer(urls=["stun:10.0.0.1:3478"]),
        IceServer(
            urls=["turn:10.0.0.1:3478?transport=udp", "turn:10.0.0.1:3478?transport=tcp"],
            username="u",
            credential="c",
        ),
    ]
    first = rtc_configuration(servers).iceServers
    assert [s.urls for s in first] == [servers[0].urls, servers[1].urls]  # as the service handed them out
    rebuilt = rtc_configuration(servers, turn_over_tcp=True).iceServers
    assert rebuilt[0].urls == ["turn:10.0.0.1:3478?transport=tcp", "turn:10.0.0.1:3478?transport=udp"]
    assert (rebuilt[0].username, rebuilt[0].credential) == ("u", "c")
    assert rebuilt[1].urls == ["stun:10.0.0.1:3478"]


async def test_the_answering_side_of_a_rebuilt_link_puts_turn_over_tcp_first_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 12's bench, UDP blocked at the patient: the interpreter (who had offered) rebuilt its link
    with TURN over TCP, but the patient answered with TURN over UDP first (it had not noticed anything
    itself: it still received), so its answer took 5 s each time, never held a relay candidate it could
    use, and the link never came back; its own rebuild of the other link waited behind those answers.
    The TURN servers are recorded, not contacted (no test traffic beyond loopback)."""
    asked: list[tuple[str, bool]] = []

    def recording(servers: list[IceServer], *, turn_over_tcp: bool = False) -> object:
        asked.append((servers[0].urls[0] if servers else "", turn_over_tcp))
        return rtc_configuration([], turn_over_tcp=turn_over_tcp)

    monkeypatch.setattr("app.session.call.rtc_configuration", recording)
    turn = [IceServer(urls=["turn:127.0.0.1:9?transport=udp", "turn:127.0.0.1:9?transport=tcp"])]
    async with call_of(["a", "b"]) as (_board, calls, _valves, _states):
        admit(calls["b"], "b", [], turn)
        admit(calls["a"], "a", ["b"], turn)
        await media_both_ways(calls, "a", "b")
        assert asked == [(turn[0].urls[0], False)] * 2  # a first link: as the service handed them out
        old_b = calls["b"].links["a"]
        calls["a"].network_changed()  # a rebuilds; b noticed nothing and has no repair of its own
        await until(lambda: calls["b"].links.get("a") not in (None, old_b), 8.0, what="b answered again")
        await media_both_ways(calls, "a", "b", more_than=1)
        assert asked[2:] == [(turn[0].urls[0], True)] * 2  # offer and answer: TURN over TCP first


async def test_every_video_sender_of_a_call_resends_within_bounds() -> None:
    """A NACK storm filled the patient's 500 kbit/s with 2-5 Mbit/s of resends in issue 12's group bench."""
    from app.media.retransmit_limit import RetransmitLimit

    def limited(call: CallSession) -> bool:
        senders = [s for link in call.links.values() for s in link.pc.getSenders() if s.kind == "video"]
        return bool(senders) and all(
            isinstance(getattr(s._retransmit, "__self__", None), RetransmitLimit) for s in senders
        )

    async with call_of(["a", "b"]) as (_board, calls, _valves, _states):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        await until(lambda: limited(calls["a"]) and limited(calls["b"]), 5.0, what="limited resends")


async def test_every_sender_of_a_call_measures_round_trips_behind_a_queue() -> None:
    """In issue 12's group bench the round trip stayed at its first value for minutes (round_trip.py)."""
    from app.media.round_trip import _RoundTrips

    def kept(call: CallSession) -> bool:
        senders = [s for link in call.links.values() for s in link.pc.getSenders()]
        return len(senders) == 2 * len(call.links) and all(isinstance(s, _RoundTrips) for s in senders)

    async with call_of(["a", "b"]) as (_board, calls, _valves, _states):
        admit(calls["a"], "a", ["b"])
        await media_both_ways(calls, "a", "b")
        await until(lambda: kept(calls["a"]) and kept(calls["b"]), 5.0, what="round trips kept")
        await until(
            lambda: all(s._RTCRtpSender__rtt is not None for s in calls["a"].links["b"].pc.getSenders()),
            10.0,
            what="round trips measured",
        )
