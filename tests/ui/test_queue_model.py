"""The clinician's queue model: rows follow QueueChanged, waiting time ticks, roles are translated."""

from __future__ import annotations

from app.core.protocol import PrecallSummary, QueueEntry, Verdict, Verification
from app.ui.queue.queue_model import QueueModel, QueueRole
from tests.ui.helpers import SignalLog


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def entry(pid: str, name: str, since: float = 1000.0, verdict: Verdict = Verdict.OK) -> QueueEntry:
    return QueueEntry(pid, name, Verification.TEST, since, PrecallSummary(verdict, ["camera_too_dark"]))


def names(model: QueueModel) -> list[str]:
    return [model.index(r).data(QueueRole.NAME) for r in range(model.rowCount())]


def test_passes_qt_model_tester(qtmodeltester):
    model = QueueModel(FakeClock(1000.0))
    model.set_entries([entry("a", "Ann"), entry("b", "Bo")])
    qtmodeltester.check(model)


def test_rows_follow_the_queue_with_row_signals_not_resets(qapp):
    model = QueueModel(FakeClock(1000.0))
    log = SignalLog(
        inserted=model.rowsInserted,
        removed=model.rowsRemoved,
        reset=model.modelReset,
        changed=model.dataChanged,
    )
    model.set_entries([entry("a", "Ann"), entry("b", "Bo")])
    model.set_entries([entry("b", "Bo"), entry("c", "Cai")])
    model.set_entries([entry("b", "Bo", verdict=Verdict.FAIL), entry("c", "Cai")])
    assert names(model) == ["Bo", "Cai"]
    assert [e[0] for e in log.events] == ["inserted", "inserted", "removed", "inserted", "changed"]
    assert model.index(0).data(QueueRole.VERDICT) == Verdict.FAIL.value


def test_waiting_time_ticks_from_the_clock(translations):
    clock = FakeClock(1000.0)
    model = QueueModel(clock)
    model.set_entries([entry("a", "Ann", since=1000.0 - 65)])
    log = SignalLog(changed=model.dataChanged)
    assert model.index(0).data(QueueRole.WAITING_SECONDS) == 65
    assert model.index(0).data(QueueRole.WAITING_TEXT) == "Waiting 1 minute"
    clock.now += 60
    model.tick()
    assert model.index(0).data(QueueRole.WAITING_TEXT) == "Waiting 2 minutes"
    assert len(log.events) == 1
    assert set(log.events[0][3]) == {QueueRole.WAITING_SECONDS, QueueRole.WAITING_TEXT}


def test_a_service_clock_ahead_of_ours_never_shows_negative_time(translations):
    model = QueueModel(FakeClock(1000.0))
    model.set_entries([entry("a", "Ann", since=1010.0)])
    assert model.index(0).data(QueueRole.WAITING_TEXT) == "Waiting less than a minute"


def test_roles_give_plain_text(qapp):
    model = QueueModel(FakeClock(1000.0))
    model.set_entries([entry("a", "Ann")])
    index = model.index(0)
    assert index.data() == "Ann"
    assert index.data(QueueRole.PARTICIPANT_ID) == "a"
    assert index.data(QueueRole.VERIFIED_BY) == "Test identity (not checked)"
    assert index.data(QueueRole.VERDICT_TEXT) == "Check passed"
    assert index.data(QueueRole.PRECALL_REASONS) == "Camera: The picture is too dark."
    assert b"waiting_text" in [bytes(name.data()) for name in model.roleNames().values()]


def test_ticking_timer_runs_once_started(qtbot):
    model = QueueModel(FakeClock(1000.0))
    model.set_entries([entry("a", "Ann")])
    model.start_ticking()
    with qtbot.waitSignal(model.dataChanged, timeout=2500):
        pass
    model.stop_ticking()


def test_a_child_brought_by_a_guardian_shows_the_guardian_in_every_language(translations):
    model = QueueModel(FakeClock(1000.0))
    child = QueueEntry(
        "c", "Ella Berg", Verification.BANKID_SE, 990.0, PrecallSummary(Verdict.OK), "Anna Berg"
    )
    model.set_entries([child, entry("a", "Ann")])
    assert model.index(0).data(QueueRole.VERIFIED_BY) == "BankID · with guardian Anna Berg"
    translations.switch("nb")
    assert model.index(0).data(QueueRole.VERIFIED_BY) == "BankID · med foresatt Anna Berg"
    translations.switch("sv")
    assert model.index(0).data(QueueRole.VERIFIED_BY) == "BankID · med vårdnadshavare Anna Berg"
    assert "guardian" not in model.index(1).data(QueueRole.VERIFIED_BY)  # nobody acts for Ann


def test_a_patient_signed_in_with_an_email_code_is_marked_at_the_lower_level(qtbot, translations):
    from app.ui.queue.queue_view import QueueRow

    model = QueueModel(FakeClock(1000.0))
    kari = QueueEntry("k", "Kari", Verification.EMAIL, 1000.0, PrecallSummary(Verdict.OK, []))
    model.set_entries([kari, entry("a", "Ann")])
    assert [model.index(r).data(QueueRole.LOW_ASSURANCE) for r in range(2)] == [True, False]
    row = QueueRow()
    qtbot.addWidget(row)
    row.show_index(model.index(0))
    assert row.details.text() == "! E-mail code only (no e-ID)"  # the warning mark, not colour alone
    assert row.details.objectName() == "lowAssurance"
    row.show_index(model.index(1))
    assert row.details.objectName() == "hint" and row.details.text() == "Test identity (not checked)"
