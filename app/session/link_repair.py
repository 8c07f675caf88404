"""Noticing a media link that stopped, and rebuilding it: the call's watchdog and repair loops.

One task (``watch``) looks at every link each ``poll_s``: a connected link whose count of packets
in (RTP and RTCP: a participant without camera and microphone still sends RTCP reports) has not
moved for ``stall_s`` is *stalled* (reported at once, so the user sees "Reconnecting…"); stalled for
``rebuild_s``, or ``failed``/``closed`` (aiortc's consent check closes a link whose far end went
quiet), or not connected ``connect_s`` after it was made, and it is *lost*. When a stalled link's
packets move again, a key frame is asked for at once (RTCP PLI).

A lost link is repaired by one task per participant. aiortc has no ICE restart, so repairing means a
new peer connection: the side that offered the link offers again (``rebuild``), the side that
answered asks it to (``ask``: a ``restart`` signal), each attempt given ``attempt_s`` to connect,
with jittered backoff between attempts. ``kick`` cuts a wait short (the signaling came back, the
other side asked, the user said "try again"), but not an offer sent less than ``KICK_MIN_AGE_S``
ago: a restart request that crossed it is answered by it. Repair goes on until the link is back or the
participant is forgotten; the facade decides when to give the user a choice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from app.session.backoff import Backoff
from app.session.config import MediaRecovery
from app.session.peer import PeerLink
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

# An offer (or request) sent less than this ago is not cut short: its answer may be on its way, and a
# restart request from the other side that crossed it is answered by it. Counted from the sending, not
# from the start of the attempt (making an offer takes over a second on a loaded machine).
KICK_MIN_AGE_S = 2.0


@dataclass
class _Flow:
    packets: int = -1
    moved_at: float = 0.0
    stalled: bool = False


@dataclass
class _Repair:
    backoff: Backoff
    kicked: asyncio.Event = field(default_factory=asyncio.Event)
    sent_at: float = 0.0
    attempts: int = 0
    sent: bool = False  # the last attempt's offer (or request) reached the service


class LinkRepair:
    """Watches every link's inbound media and repairs the ones that are lost."""

    def __init__(
        self,
        timings: MediaRecovery,
        links: Callable[[], Mapping[str, PeerLink]],
        *,
        offerer: Callable[[str], bool],
        rebuild: Callable[[str], Awaitable[bool]],
        ask: Callable[[str], Awaitable[bool]],
        report: Callable[[str, str], None],
    ) -> None:
        self._t = timings
        self._links = links
        self._offerer = offerer  # whether we offered the link to this participant (and so rebuild it)
        self._rebuild = rebuild  # offer a new link; False when the offer could not be sent
        self._ask = ask  # ask them to offer again; False when it could not be sent
        self._report = report  # (participant, "stalled" | "lost" | "connected")
        self._flows: dict[str, _Flow] = {}
        self._born: dict[str, float] = {}
        self._repairs: dict[str, _Repair] = {}
        self._tasks = TaskOwner("repair")

    @staticmethod
    def _now() -> float:
        return asyncio.get_running_loop().time()

    def down(self) -> set[str]:
        """Participants whose media is stalled or being repaired."""
        return set(self._repairs) | {pid for pid, flow in self._flows.items() if flow.stalled}

    def repairing(self, participant_id: str) -> bool:
        return participant_id in self._repairs

    def attempts(self, participant_id: str) -> int:
        repair = self._repairs.get(participant_id)
        return repair.attempts if repair is not None else 0

    def new_link(self, participant_id: str) -> None:
        """A link was made (first, or a rebuild): its connect time and packet count start now."""
        self._born[participant_id] = self._now()
        self._flows.pop(participant_id, None)

    def forget(self, participant_id: str) -> None:
        """They left: no more watching or repairing."""
        self._born.pop(participant_id, None)
        self._flows.pop(participant_id, None)
        repair = self._repairs.pop(participant_id, None)
        if repair is not None:
            repair.kicked.set()

    def lost(self, participant_id: str, why: str) -> None:
        """Start repairing the link to ``participant_id`` unless that is under way."""
        if participant_id in self._repairs or participant_id not in self._links() or self._tasks.closed:
            return
        log.info("media link lost (%s); repairing", why)
        self._repairs[participant_id] = _Repair(Backoff(self._t.backoff_s[0], 2.0, self._t.backoff_s[1]))
        self._report(participant_id, "lost")
        self._tasks.spawn(self._repair(participant_id), "repair")

    def kick(self, participant_id: str | None = None, *, reset: bool = False) -> None:
        """Try now instead of waiting (``None``: every repair); ``reset`` starts the backoff over."""
        for pid, repair in self._repairs.items():
            fresh = repair.sent and self._now() - repair.sent_at < KICK_MIN_AGE_S
            if participant_id in (None, pid) and not fresh:
                if reset:
                    repair.backoff.reset()
                repair.kicked.set()

    def _healthy(self, participant_id: str) -> bool:
        link = self._links().get(participant_id)
        flow = self._flows.get(participant_id)
        return (
            link is not None
            and link.connection_state == "connected"
            and flow is not None
            and flow.packets > 0
            and not flow.stalled
        )

    async def _repair(self, participant_id: str) -> None:
        repair = self._repairs[participant_id]
        repaired = False
        try:
            while self._repairs.get(participant_id) is repair and not repaired:
                repair.kicked.clear()
                repair.attempts += 1
                repair.sent = False
                log.debug("repair attempt %d", repair.attempts)
                if self._offerer(participant_id):
                    sent = await self._rebuild(participant_id)
                else:
                    sent = await self._ask(participant_id)
                repair.sent, repair.sent_at = sent, self._now()
                if sent:
                    repair.kicked.clear()  # a kick while the offer was being made is answered by it
                repaired = sent and await self._until_healthy(participant_id, repair, self._t.attempt_s)
                if not repaired:
                    repaired = await self._until_healthy(participant_id, repair, repair.backoff.next())
        finally:
            if self._repairs.get(participant_id) is repair:
                del self._repairs[participant_id]
        if repaired:
            log.info("media link repaired after %d attempt(s)", repair.attempts)
            self._report(participant_id, "flowing")

    async def _until_healthy(self, participant_id: str, repair: _Repair, seconds: float) -> bool:
        """Wait up to ``seconds`` for the link to carry media; a kick ends the wait early."""
        deadline = self._now() + seconds
        while self._now() < deadline and self._repairs.get(participant_id) is repair:
            if self._healthy(participant_id):
                return True
            if repair.kicked.is_set():
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(repair.kicked.wait(), min(self._t.poll_s, deadline - self._now()))
        return self._healthy(participant_id)

    async def watch(self) -> None:
        """The watchdog loop; runs until cancelled."""
        while True:
            await asyncio.sleep(self._t.poll_s)
            for pid, link in list(self._links().items()):
                try:
                    await self._look(pid, link)
                except Exception as exc:  # a link closing under us must not stop the watchdog
                    log.debug("watch step failed: %s", type(exc).__name__)

    async def _look(self, participant_id: str, link: PeerLink) -> None:
        now = self._now()
        if link.connection_state != "connected":
            born = self._born.get(participant_id, now)
            if participant_id not in self._repairs and now - born > self._t.connect_s:
                self.lost(participant_id, "no connection in time")
            return
        packets = await link.inbound_packets()
        flow = self._flows.setdefault(participant_id, _Flow(packets, now))
        if packets != flow.packets:
            flow.packets, flow.moved_at = packets, now
            if flow.stalled:
                flow.stalled = False
                await link.request_key_frame()  # a fresh picture now, not after seconds of corrupt frames
                self._report(participant_id, "flowing")
            return
        quiet = now - flow.moved_at
        if not flow.stalled and quiet >= self._t.stall_s:
            flow.stalled = True
            self._report(participant_id, "stalled")
        if flow.stalled and quiet >= self._t.rebuild_s:
            self.lost(participant_id, "no media")

    async def close(self) -> None:
        self._repairs.clear()
        await self._tasks.close()
