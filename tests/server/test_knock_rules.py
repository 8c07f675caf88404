"""A deployment's rules for knocking: people signed in with an e-mail code only on the room types it
allows (refused with ``assurance_too_low`` elsewhere), consent asked first where it is configured and its
time kept in the room's audit log; the lower level is shown wherever a clinician sees them."""

from __future__ import annotations

import itertools

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Knock, PrecallSummary, QueueUpdate, Role, UserInfo, Verification
from app.core.room_types import RoomType
from server.rooms.admission import Admission
from server.rooms.config import RoomConfig
from server.rooms.members import Effects
from server.rooms.operations import operation_for
from server.rooms.room import Room, RoomError
from server.settings import ConsentSettings, EmailLoginSettings, ServiceSettings

HOST = UserInfo("u_host", "Dr Host", Role.CLINICIAN, Verification.BANKID_SE)
KARI = UserInfo("u_kari", "Kari", Role.PATIENT, Verification.EMAIL)
ANNA = UserInfo("u_anna", "Anna", Role.PATIENT, Verification.BANKID_SE)


def make(room_type: RoomType = RoomType.PERSONAL) -> Room:
    ids = (f"p{i}" for i in itertools.count(1))
    config = RoomConfig.create(room_type, "1234" if room_type is RoomType.SENSITIVE else None, None)
    room = Room("r1", HOST.user_id, [], new_id=lambda: next(ids), config=config, clock=lambda: 100.0)
    room.watch(HOST, "c_host")
    return room


def knock(room: Room, user: UserInfo, admission: Admission, consent: bool = False) -> Effects:
    message = Knock(id="k1", room_id="r1", precall=PrecallSummary(), consent=consent)
    return operation_for(user, "c_" + user.user_id, message, None, admission)[1](room)


def settings(*allowed: RoomType, consent: bool = False) -> ServiceSettings:
    email = EmailLoginSettings("127.0.0.1", 25, "s@example.no", room_types=frozenset(allowed))
    texts = ConsentSettings(texts=(("en", "I agree"), ("nb", "Jeg samtykker"))) if consent else None
    return ServiceSettings(email_login=email, consent=texts)


def test_email_people_knock_only_on_the_room_types_the_deployment_allows() -> None:
    admission = Admission.of(settings(RoomType.PERSONAL))
    room = make(RoomType.PERSONAL)
    knock(room, KARI, admission)
    assert [m.user.user_id for m in room.lobby.values()] == ["u_kari"]
    with pytest.raises(RoomError) as refused:
        knock(make(RoomType.ADMIN_SMALL), KARI, admission)
    assert refused.value.code is ErrorCode.ASSURANCE_TOO_LOW
    knock(make(RoomType.ADMIN_SMALL), ANNA, admission)  # an e-ID is welcome everywhere


def test_without_configuration_email_people_may_not_knock_at_all() -> None:
    with pytest.raises(RoomError) as refused:
        knock(make(), KARI, Admission())
    assert refused.value.code is ErrorCode.ASSURANCE_TOO_LOW


def test_the_queue_and_the_participant_list_say_how_they_were_checked() -> None:
    room = make()
    effects = knock(room, KARI, Admission.of(settings(RoomType.PERSONAL)))
    (entry,) = next(m for _, m in effects if isinstance(m, QueueUpdate)).entries
    assert entry.verified_by is Verification.EMAIL
    (member,) = room.lobby.values()
    assert member.state(False).verified_by is Verification.EMAIL


def test_audit_entries_about_an_email_person_say_so() -> None:
    room = make()
    knock(room, KARI, Admission.of(settings(RoomType.PERSONAL)))
    room.admit(HOST, next(iter(room.lobby)))
    (admit,) = [e for e in room.audit if e.action == "admit"]
    assert "target_verified_by=email" in admit.detail
    room.drain_audit()
    knock(room, ANNA, Admission.of(settings(RoomType.PERSONAL)))
    room.admit(HOST, next(iter(room.lobby)))
    assert "verified_by" not in next(e for e in room.audit if e.action == "admit").detail


def test_consent_is_asked_before_knocking_and_its_time_is_audited() -> None:
    admission = Admission.of(settings(consent=True))
    room = make()
    with pytest.raises(RoomError) as refused:
        knock(room, ANNA, admission)
    assert refused.value.code is ErrorCode.CONSENT_REQUIRED
    assert not room.lobby and not room.audit
    knock(room, ANNA, admission, consent=True)
    (consent,) = room.audit
    assert (consent.action, consent.actor_user_id, consent.at) == ("consent", "u_anna", 100.0)
    assert consent.detail == f"version={admission.consent_version}"
    changed = Admission.of(
        ServiceSettings(consent=ConsentSettings(texts=(("en", "I agree to something else"),)))
    )
    assert changed.consent_version != admission.consent_version  # the log says which text


def test_consent_is_not_recorded_where_none_is_asked() -> None:
    room = make()
    knock(room, ANNA, Admission(), consent=True)
    assert not room.audit
