"""Nothing about identity leaks: BankID logins (simulator), a guardian acting for a child, and a call;
then every log and file is searched."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from app.core.call_state import CallState
from app.core.protocol import Role, Verification
from app.core.protocol.rest import BankIdLoginState
from app.media.sources import MediaSources
from app.session.auth.auth_api import AuthApi
from app.session.auth.keystore import RefreshTokenStore
from app.session.auth.login_session import LoginSession
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged
from server.settings import ServiceSettings
from tests.server.identity.conftest import STAFF_PN, bankid_settings, pki, running_service, sim
from tests.server.identity.numbers import swedish
from tests.session.auth.test_keystore import MemoryKeyring
from tests.support.bankid_certs import SimPki
from tests.support.bankid_sim import BankIdSimulator, SimOrder
from tests.support.recorder import EventRecorder, eventually

pytestmark = pytest.mark.e2e
__all__ = ["pki", "sim"]  # fixtures

PATIENT_PN = "198112289874"
CHILD_PN = swedish(dt.date.today().replace(year=dt.date.today().year - 9, day=1), 123)


class AppUser:
    """Scans the first QR and approves as the given person."""

    def __init__(self, simulator: BankIdSimulator, pn: str, given: str, surname: str) -> None:
        self.simulator, self.pn, self.given, self.surname = simulator, pn, given, surname
        self.order: SimOrder | None = None
        self.qrs: list[str] = []

    def __call__(self, state: BankIdLoginState, auto_start_token: str) -> None:
        if state.qr:
            self.qrs.append(state.qr)
        if self.order is None and state.qr is not None:
            self.order = self.simulator.scan(state.qr)
        elif self.order is not None and state.message == "RFA9":
            self.simulator.approve(self.order, self.pn, self.given, self.surname)


async def test_login_and_call_leave_no_identity_in_logs_or_files(
    pki: SimPki,
    sim: tuple[BankIdSimulator, str],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    simulator, url = sim
    data_dir = tmp_path / "home"
    data_dir.mkdir()
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(data_dir))
    caplog.set_level(logging.DEBUG)
    families = tmp_path / "families.json"  # the guardianship directory simulator's data
    families.write_text(json.dumps([{"child": CHILD_PN, "name": "Ella Svensson", "guardians": [PATIENT_PN]}]))
    settings = ServiceSettings(
        bankid=bankid_settings(pki, url, collect_interval_s=0.2),
        staff_ids=frozenset({STAFF_PN}),
        guardianship_simulator_file=str(families),
    )
    secrets: list[str] = [STAFF_PN, PATIENT_PN, CHILD_PN]
    async with running_service(settings) as client:
        base = str(client.base_url)
        config = SessionConfig(base, loopback_only=True)
        p_events, c_events = EventRecorder(), EventRecorder()
        patient = PatientConsultation(
            config, p_events, sources_factory=lambda p: MediaSources.synthetic(preview=p)
        )
        clinician = ClinicianConsultation(
            config, c_events, sources_factory=lambda p: MediaSources.synthetic(preview=p)
        )
        logins = []
        users = []
        for pn, given, surname in ((STAFF_PN, "Doris", "Doktor"), (PATIENT_PN, "Anna", "Andersson")):
            api = AuthApi(base)
            user = AppUser(simulator, pn, given, surname)
            logins.append(await LoginSession(api, RefreshTokenStore(base, MemoryKeyring())).with_bankid(user))
            users.append(user)
            await api.close()
        staff_login, patient_login = logins[:2]
        assert staff_login.user.role is Role.CLINICIAN and patient_login.user.role is Role.PATIENT
        api = AuthApi(base)
        child_login = await api.act_for(patient_login.access_token, CHILD_PN)  # the guardian acts for Ella
        await api.close()
        logins.append(child_login)
        await clinician.login_with(staff_login)
        room = await clinician.create_room("Clinic")
        await patient.login_with(child_login)
        await patient.open_room(room.code)
        await patient.knock()
        queued = await c_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
        entry = queued.entries[0]
        assert (entry.name, entry.verified_by) == ("Ella Svensson", Verification.BANKID_SE)
        await clinician.admit(entry.participant_id)
        await eventually(lambda: patient.state is CallState.IN_CALL, what="patient in call")
        await eventually(lambda: patient.remote_video.count > 5, what="media flowing")
        await patient.hang_up()
        await patient.close()
        await clinician.close()
        for login in logins:
            secrets += [login.access_token, login.refresh_token or "-"]
        for order in simulator.orders.values():
            secrets += [order.order_ref, order.qr_start_secret]
        for user in users:
            secrets += [qr.rsplit(".", 1)[1] for qr in user.qrs]  # each QR's HMAC

    everything = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert [s for s in secrets if s in everything] == []
    info_and_up = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert [n for n in ("Andersson", "Doktor", "Svensson") if n in info_and_up] == []
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert [s for s in secrets if s.encode() in content] == [], path
