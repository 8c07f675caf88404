"""A second start hands its link to the running patient app (QLocalServer per user and service)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from app.ui.single_instance import LinkServer, OpenedLinks, hand_over, instance_name
from tests.ui.helpers import until


def unique_name() -> str:
    return instance_name(f"https://test-{uuid.uuid4().hex}.example", user="tester")


def test_names_are_per_user_and_per_service_and_short():
    a = instance_name("https://a.example", user="ann")
    assert a == instance_name("https://a.example", user="ann")
    assert a != instance_name("https://b.example", user="ann")
    assert a != instance_name("https://a.example", user="bo")
    assert len(a) < 40


def test_nobody_listening_means_no_hand_over():
    assert not hand_over(unique_name(), "ABCD-2345", timeout_ms=200)


def test_the_running_app_receives_the_link(qapp, run_async):
    name = unique_name()
    server = LinkServer(name)
    got: list[str] = []
    server.received.connect(got.append)
    assert server.listening

    async def walk() -> None:
        assert hand_over(name, "samtale://join/ABCD-2345")
        await until(lambda: got == ["samtale://join/ABCD-2345"])
        assert hand_over(name, "")
        await until(lambda: len(got) == 2)

    try:
        run_async(walk())
    finally:
        server.close()
    assert got == ["samtale://join/ABCD-2345", ""]


def test_a_socket_left_behind_is_taken_over(qapp):
    name = unique_name()
    first = LinkServer(name)
    second = LinkServer(name)  # as after a crash: the name is taken, nobody will answer
    try:
        assert second.listening
    finally:
        first.close()
        second.close()


def test_an_opened_url_event_becomes_a_link(qapp):
    opened = OpenedLinks()
    got: list[str] = []
    opened.received.connect(got.append)
    qapp.installEventFilter(opened)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("samtale://join/ABCD-2345")))
    finally:
        qapp.removeEventFilter(opened)
    assert got == ["samtale://join/ABCD-2345"]
