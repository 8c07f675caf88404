"""A recording stand-in for ``RoomModeration`` and consultations that carry it (UI tests only)."""

from __future__ import annotations

from typing import Any

from app.core.protocol import Role
from app.core.protocol.moderation import ParticipantState
from app.core.room_types import RoomType
from app.session.moderation_events import RoomStateChanged
from tests.ui.fakes import FakeClinicianConsultation, FakePatientConsultation


class FakeModeration:
    """Records every request as ``(method, *args)`` in the consultation's ``calls``."""

    def __init__(self, calls: list[tuple[Any, ...]]) -> None:
        self.calls = calls

    def __getattr__(self, name: str) -> Any:
        async def request(*args: Any) -> None:
            self.calls.append((name, *args))

        return request


class ModClinician(FakeClinicianConsultation):
    def __init__(self, on_event: Any) -> None:
        super().__init__(on_event)
        self.moderation = FakeModeration(self.calls)


class ModPatient(FakePatientConsultation):
    def __init__(self, on_event: Any) -> None:
        super().__init__(on_event)
        self.moderation = FakeModeration(self.calls)


def person(pid: str, name: str, **changes: Any) -> ParticipantState:
    base: dict[str, Any] = {
        "participant_id": pid,
        "name": name,
        "role": Role.CLINICIAN if pid.startswith("c") else Role.PATIENT,
        "is_host": pid == "c-1",
        "audio_on": True,
        "video_on": True,
    }
    return ParticipantState(**{**base, **changes})


def room(self_id: str, *people: ParticipantState, locked: bool = False) -> RoomStateChanged:
    return RoomStateChanged(RoomType.PERSONAL, locked, list(people), self_id)
