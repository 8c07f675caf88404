"""One consultation's media on one Janus instance: its two rooms, one seat per admitted participant (a
token in both ``allowed`` lists and one Janus session), and the reconciliation that makes Janus follow
the room state after every change (who is in, who is heard, whose video a host turned off, who sees
which feed). Runs under the room's lock; Janus's talking events arrive outside it and are relayed to
those who see the speaker as they were at the last reconciliation.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Callable
from typing import Any

from app.core.protocol.sfu import SfuFeeds, SfuMoved, SfuTalking
from server.rooms.core import RoomCore
from server.rooms.members import Effects, Member
from server.sfu import policy, views
from server.sfu.instance import JanusInstance
from server.sfu.janus_client import JanusError, JanusGone
from server.sfu.janus_rooms import RoomPair
from server.sfu.participant import ParticipantMedia
from server.sfu.shared import NoOwners, Owners

log = logging.getLogger(__name__)

Deliver = Callable[[Effects], None]


class MediaRoom:
    """The Janus side of one consultation."""

    def __init__(
        self,
        room_id: str,
        instance: JanusInstance,
        pair: RoomPair,
        deliver: Deliver,
        poke: Callable[[], None] = lambda: None,
        owners: Owners | None = None,
    ) -> None:
        self.room_id = room_id
        self._owners: Owners = owners if owners is not None else NoOwners()
        self._poke = poke  # reconcile soon (a publication went live or down: new sfu_feeds)
        self.instance = instance
        self.pair = pair
        self._deliver = deliver
        self.seats: dict[str, ParticipantMedia] = {}  # participant id → their Janus session
        self._by_audio_id: dict[int, str] = {}
        self._talking: dict[str, bool] = {}
        self._viewers: dict[str, list[str]] = {}  # participant id → connections that see them
        self._sent_feeds: dict[str, SfuFeeds] = {}  # connection → the feeds it was last told
        self._to_move: set[str] = set()  # participants still to be told ``sfu_moved`` (when connected)
        self.created = True  # made by this service instance (not only used: several instances)
        self._remote_feeds: dict[str, int] = {}  # live publications of sessions other instances own
        self._local: set[str] | None = None  # connections held here (None: every one, one instance)

    @property
    def load(self) -> int:
        return max(1, len(self.seats))

    async def seat(self, member: Member) -> ParticipantMedia:
        """Let ``member`` in: a fresh token in both rooms' ``allowed`` lists and their own session."""
        existing = self.seats.get(member.participant_id)
        if existing is not None:
            return existing
        token = secrets.token_urlsafe(24)
        rooms = self.instance.require()
        await rooms.allow(self.pair, token, True)
        media = ParticipantMedia(
            rooms.conn, self.pair, token, member.participant_id, self._on_audio, self._poke
        )
        try:
            await media.open()
        except BaseException:
            with contextlib.suppress(JanusGone, JanusError):
                await rooms.allow(self.pair, token, False)
            raise
        self.seats[member.participant_id] = media
        log.info("sfu seat room=%s participant=%s", self.room_id, member.participant_id)
        log.debug("sfu seat participant=%s janus_session=%s", member.participant_id, media.session_id)
        if await self._owners.claim(member.participant_id):  # their links went to a session now gone
            self._to_move.add(member.participant_id)
        return media

    async def unseat(self, participant_id: str, moved: bool = False) -> None:
        """They are out (left, kicked, sent back, grace over), or ``moved`` (their connection is held
        by another service instance, which seats them there): session destroyed, token withdrawn."""
        if not moved:
            await self._owners.release(participant_id)
        media = self.seats.pop(participant_id, None)
        self._talking.pop(participant_id, None)
        self._viewers.pop(participant_id, None)
        if media is None:
            return
        if media.audio_id is not None:
            self._by_audio_id.pop(media.audio_id, None)
        await media.close()
        rooms = self.instance.rooms
        if rooms is not None:
            try:
                await rooms.allow(self.pair, media.token, False)
            except (JanusGone, JanusError) as exc:
                log.info("sfu token not withdrawn room=%s error=%s", self.room_id, type(exc).__name__)
        log.info("sfu unseat room=%s participant=%s", self.room_id, participant_id)

    def joined_audio(self, participant_id: str, media: ParticipantMedia) -> None:
        """Their AudioBridge id changed (a new audio publication): talking events name it."""
        self._by_audio_id = {k: v for k, v in self._by_audio_id.items() if v != participant_id}
        if media.audio_id is not None:
            self._by_audio_id[media.audio_id] = participant_id

    def replaces(self, participant_ids: list[str]) -> None:
        """These call members had links to the rooms this one replaces: each gets ``sfu_moved`` as soon
        as they are connected (now, or when their app comes back)."""
        self._to_move |= set(participant_ids)

    def _moved(self, room: RoomCore) -> Effects:
        self._to_move &= set(room.call)
        told = [m for m in room.call.values() if m.participant_id in self._to_move and m.conn is not None]
        self._to_move -= {m.participant_id for m in told}
        return [(m.conn, SfuMoved(self.room_id)) for m in told if m.conn is not None]

    async def sync(
        self, room: RoomCore, local: set[str] | None = None, moved: frozenset[str] | set[str] = frozenset()
    ) -> Effects:
        """Make Janus follow ``room`` (under its lock); returns the ``sfu_moved`` and ``sfu_feeds`` due.

        ``local``: with several service instances, the connections held here; only their members
        are seated here (the instance holding a participant's WebSocket owns their Janus session);
        ``moved``: members whose connection another instance holds now, whose session here ends."""
        self._local = local
        for participant_id in [p for p in self.seats if p not in room.call]:
            await self.unseat(participant_id)
        for participant_id in [p for p in self.seats if p in moved]:
            await self.unseat(participant_id, moved=True)  # their session is made where their app is
        if local is not None:  # before the controls: a subscription to a feed published elsewhere stays
            await self._learn_remote()
        for member in room.call.values():
            here = local is None or member.conn in local
            if not here and member.participant_id not in self.seats:
                continue
            try:
                media = await self.seat(member)
                await self._apply_controls(room, member, media)
            except (JanusGone, JanusError) as exc:
                log.warning("sfu sync failed room=%s error=%s", self.room_id, type(exc).__name__)
        return self._moved(room) + self._feeds(room)

    async def _learn_remote(self) -> None:
        """Several instances: the live publications and mix ids of sessions owned elsewhere, from Janus."""
        rooms = self.instance.rooms
        if rooms is None:
            return
        try:
            videos = await rooms.video_participants(self.pair)
            voices = await rooms.audio_participants(self.pair)
        except (JanusGone, JanusError) as exc:
            log.warning("sfu participants unknown room=%s error=%s", self.room_id, type(exc).__name__)
            return
        self._remote_feeds = {
            str(p.get("display")): int(p["id"])
            for p in videos
            if p.get("publisher") and str(p.get("display")) not in self.seats
        }
        for voice in voices:
            self._by_audio_id.setdefault(int(voice["id"]), str(voice.get("display")))

    async def feed_of(self, participant_id: str) -> int | None:
        """The VideoRoom id of ``participant_id``'s live publication, wherever their session is."""
        media = self.seats.get(participant_id)
        if media is not None and media.live_feed:
            return media.feed_id
        if self._local is not None and participant_id not in self._remote_feeds:
            await self._learn_remote()
        return self._remote_feeds.get(participant_id)

    async def _apply_controls(self, room: RoomCore, member: Member, media: ParticipantMedia) -> None:
        rooms = self.instance.require()
        muted = not policy.heard(room, member)
        if media.audio_id is not None and media.audio_muted != muted:
            await rooms.mute_audio(self.pair, media.audio_id, muted)
            media.audio_muted = muted
            log.info("sfu audio room=%s participant=%s muted=%s", self.room_id, member.participant_id, muted)
        if media.publishing and not room.may_speak(member):
            await media.unpublish_video()
        for key in list(media.subscriptions):  # a feed gone, no longer published or no longer theirs to see
            target = room.call.get(key)
            if target is None or not self._publishing(key) or not policy.sees_feed(room, member, target):
                await media.unsubscribe(key)
        blocked = policy.video_blocked(member)
        if media.publishing and media.mid is not None and media.video_moderated != blocked:
            await rooms.moderate_video(self.pair, media.feed_id, media.mid, blocked)
            media.video_moderated = blocked
            log.info(
                "sfu video room=%s participant=%s blocked=%s", self.room_id, member.participant_id, blocked
            )

    def _feeds(self, room: RoomCore) -> Effects:
        self._viewers = views.viewers(room, self._local)
        effects: Effects = []
        current: set[str] = set()
        for viewer in room.call.values():
            if viewer.conn is None:
                continue
            current.add(viewer.conn)
            message = views.feeds_for(room, viewer, self._publishing)
            if self._sent_feeds.get(viewer.conn) != message:
                self._sent_feeds[viewer.conn] = message
                effects.append((viewer.conn, message))
        for conn in set(self._sent_feeds) - current:
            del self._sent_feeds[conn]
        return effects

    def _publishing(self, participant_id: str) -> bool:
        media = self.seats.get(participant_id)
        return (media is not None and media.live_feed) or participant_id in self._remote_feeds

    def _on_audio(self, message: dict[str, Any]) -> None:
        """An AudioBridge event on some participant's handle (each gets everyone's): talking changes."""
        data = message.get("plugindata", {}).get("data", {})
        kind = data.get("audiobridge")
        if kind not in ("talking", "stopped-talking") or data.get("room") != self.pair.audio_room:
            return
        participant_id = self._by_audio_id.get(data.get("id", -1))
        media = self.seats.get(participant_id) if participant_id is not None else None
        if participant_id is None or media is None:
            return
        talking = kind == "talking" and not media.audio_muted
        if self._talking.get(participant_id, False) == talking:
            return
        self._talking[participant_id] = talking
        event = SfuTalking(self.room_id, participant_id, talking)
        self._deliver([(conn, event) for conn in self._viewers.get(participant_id, [])])

    def abandon(self) -> None:
        """The instance is gone: forget every seat without asking it (the sessions died with it)."""
        for media in self.seats.values():
            if media.session is not None:
                media.session.destroyed = True
        self.seats.clear()
        self._by_audio_id.clear()
        self._talking.clear()
        self._sent_feeds.clear()

    async def close(self) -> None:
        """The consultation ended: every session, then both rooms."""
        for participant_id in list(self.seats):
            await self.unseat(participant_id)
        rooms = self.instance.rooms
        if rooms is not None:
            try:
                await rooms.destroy(self.pair)
            except (JanusGone, JanusError) as exc:
                log.info("sfu rooms not destroyed room=%s error=%s", self.room_id, type(exc).__name__)
        log.info("sfu rooms closed room=%s", self.room_id)
