"""Assembling one consultation from its parts, each of one concern, given to each other.

``assemble`` makes the parts in the order they need each other and hands back ``Parts``; the facade
(``consultation_base.Consultation``) only delegates to them. The few references that go both ways
(the moderation obeys the host by switching own media off; the people and the host's orders end calls)
are closures read when called. The facade keeps what a role and the UI set: the room (``room_id``)
and the override of ``connection_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.protocol import Role, SignalFrom
from app.media.frame_slot import FrameSlot
from app.session.api import ServiceApi
from app.session.call_ending import CallEnding
from app.session.call_factory import CallFactory, watch_network
from app.session.call_keeper import CallKeeper
from app.session.call_lifecycle import CallLifecycle
from app.session.call_members import CallMembers
from app.session.config import SessionConfig
from app.session.events import EventSink
from app.session.host_orders import HostOrders
from app.session.moderation import RoomModeration
from app.session.own_media import OwnMedia
from app.session.presenting import Presenter
from app.session.recovery_deadline import RecoveryDeadline
from app.session.service_link import ServiceLink
from app.session.service_messages import ServiceMessages
from app.session.tasks import TaskOwner
from app.session.wiring import SignalingFactory

if TYPE_CHECKING:
    from app.media.sources import MediaSources
    from app.session.call import FrameObserver


@dataclass(frozen=True, slots=True)
class Parts:
    tasks: TaskOwner
    deadline: RecoveryDeadline
    lifecycle: CallLifecycle
    link: ServiceLink
    moderation: RoomModeration
    media: OwnMedia
    presenter: Presenter
    orders: HostOrders
    calls: CallKeeper
    members: CallMembers
    ending: CallEnding
    messages: ServiceMessages


@dataclass(frozen=True, slots=True)
class Given:
    """What the facade gives: its role, its slots, and how to read and change its room."""

    role: Role
    media_at_login: bool
    local_video: FrameSlot
    remote_video: FrameSlot
    room_id: Callable[[], str | None]
    forget_room: Callable[[], None]
    connection_changed: Callable[[bool], None]


def assemble(
    config: SessionConfig,
    on_event: EventSink,
    given: Given,
    *,
    api: ServiceApi,
    signaling: SignalingFactory,
    sources_factory: Callable[[FrameSlot], MediaSources],
    frame_observer: FrameObserver | None,
) -> Parts:
    room = given.room_id
    tasks = TaskOwner(f"{given.role.value}-consultation")
    deadline = RecoveryDeadline(config.recovery.give_up_s, on_event, tasks)
    lifecycle = CallLifecycle(on_event, deadline.entered)
    link = ServiceLink(api, signaling, lambda message: messages(message), given.connection_changed)
    moderation = RoomModeration(
        link.request,
        on_event,
        lambda audio, video: media.force_off(audio, video),
        room,
        lambda: members.participant_id,
    )
    media = OwnMedia(
        sources_factory,
        given.local_video,
        on_event,
        moderation,
        tasks,
        may_report=lambda: lifecycle.live and link.client is not None and room() is not None,
        kept=given.media_at_login,
        loopback_only=config.loopback_only,
    )
    # Presenting a screen, a window or a PDF page in place of the camera (app/session/presenting.py).
    presenter = Presenter(lambda: media.video, link.request, lambda: room() if lifecycle.live else None)
    orders = HostOrders(
        lifecycle,
        moderation,
        on_event,
        role=given.role,
        self_id=lambda: members.participant_id,
        end=lambda reason: ending.ended(reason),
        to_lobby=lambda: ending.sent_to_lobby(),
        forget_room=given.forget_room,
    )
    factory = CallFactory(
        config,
        media,
        given.remote_video,
        on_event,
        send_signal=lambda to, payload: link.send_signal(room(), to, payload),
        request=link.request,
        room_id=room,
        audio_gate=moderation.audio_allowed,
        hosts_and_presenter=orders.hosts_and_presenter,
        may_speak=orders.may_speak,
        frame_observer=frame_observer,
    )
    calls = CallKeeper(
        factory, tasks, lifecycle.link_changed, watch=watch_network, reconnect=link.reconnect_now
    )
    members = CallMembers(
        lifecycle,
        calls,
        moderation,
        on_event,
        end=lambda reason: ending.ended(reason, leave=True),
        admitted_media=media.report_if_missing,
    )
    ending = CallEnding(
        lifecycle,
        calls,
        members,
        moderation,
        presenter,
        media,
        link,
        given.remote_video,
        on_event,
        tasks,
        room_id=room,
    )
    signals: dict[type, Callable[[Any], None]] = {SignalFrom: lambda m: calls.signal(m.sender, m.payload)}
    messages = ServiceMessages(room, moderation, calls, {**members.routes(), **signals, **orders.routes()})
    return Parts(
        tasks,
        deadline,
        lifecycle,
        link,
        moderation,
        media,
        presenter,
        orders,
        calls,
        members,
        ending,
        messages,
    )
