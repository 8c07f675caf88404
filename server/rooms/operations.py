"""Maps each room request of protocol v1 to the room operation that carries it out."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.core.protocol import Admit, ClientMessage, Deny, JoinCall, Knock, Leave, Signal, UserInfo, WatchRoom
from app.core.protocol import moderation as mod
from server.rooms import host_role, in_call, moderation, ringing
from server.rooms.admission import Admission
from server.rooms.members import Effects
from server.rooms.room import Room

Operation = Callable[[Room], Effects]


def _core(
    user: UserInfo,
    conn_id: str,
    message: ClientMessage,
    now: float,
    guardian: str | None,
    admission: Admission,
) -> Operation | None:
    match message:
        case WatchRoom():
            return lambda room: room.watch(user, conn_id)
        case Knock(precall=precall, pin=pin, consent=consent):
            return lambda room: admission.knock(
                room, user, consent, lambda: room.knock(user, conn_id, precall, now, pin, guardian)
            )
        case Admit(participant_id=pid):
            return lambda room: room.admit(user, pid)
        case Deny(participant_id=pid):
            return lambda room: room.deny(user, pid)
        case JoinCall():
            return lambda room: room.join_call(user, conn_id, now)
        case Signal(to=to, payload=payload):
            return lambda room: room.signal(user, to, payload)
        case Leave():
            return lambda room: room.leave(user.user_id)
    return None


def _host(user: UserInfo, message: ClientMessage) -> Operation | None:
    match message:
        case mod.LockRoom(locked=locked):
            return lambda room: moderation.lock_room(room, user, locked)
        case mod.AdmitAll():
            return lambda room: moderation.admit_all(room, user)
        case mod.SendToLobby(participant_id=sent):
            return lambda room: moderation.send_to_lobby(room, user, sent)
        case mod.Moderate(participant_id=whom, audio=audio, video=video):
            return lambda room: moderation.moderate(room, user, whom, audio, video)
        case mod.Kick(participant_id=kicked, ban=ban):
            return lambda room: moderation.kick(room, user, kicked, ban)
        case mod.EndCall():
            return lambda room: moderation.end_call(room, user)
        case mod.TransferHost(participant_id=new_host):
            return lambda room: host_role.transfer_host(room, user, new_host)
        case mod.ClaimHost(pin=pin):
            return lambda room: host_role.claim_host(room, user, pin)
        case mod.Ring(user_id=target):
            return lambda room: ringing.ring(room, user, target)
    return None


def _member(user: UserInfo, conn_id: str, message: ClientMessage) -> Operation | None:
    match message:
        case mod.SetMedia(audio_on=audio_on, video_on=video_on):
            return lambda room: in_call.set_media(room, user, audio_on, video_on)
        case mod.AskToUnmute():
            return lambda room: in_call.ask_to_unmute(room, user)
        case mod.Chat(text=text):
            return lambda room: in_call.chat(room, user, text)
        case mod.RaiseHand(raised=raised):
            return lambda room: in_call.raise_hand(room, user, raised)
        case mod.Present(presenting=presenting):
            return lambda room: in_call.present(room, user, presenting)
        case mod.OpenRoom():
            return lambda room: ringing.open_room(room, user, conn_id)
        case mod.AnswerRing(accept=accept):
            return lambda room: ringing.answer_ring(room, user, accept)
    return None


def operation_for(
    user: UserInfo,
    conn_id: str,
    message: ClientMessage,
    guardian: str | None = None,
    admission: Admission | None = None,
) -> tuple[str, Operation]:
    """The room the request names and the operation to run on it under the room's lock.

    ``guardian``: the name of the guardian acting in this connection's session, shown in the queue.
    ``admission``: the deployment's rules for knocking (identity level per room type, consent).
    """
    room_id = getattr(message, "room_id", None)
    operation = (
        _core(user, conn_id, message, time.time(), guardian, admission or Admission())
        or _host(user, message)
        or _member(user, conn_id, message)
    )
    if not isinstance(room_id, str) or operation is None:
        raise AssertionError(f"no operation for {message.TYPE}")
    return room_id, operation
