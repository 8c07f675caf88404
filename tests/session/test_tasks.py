"""A TaskOwner cancels and awaits what it started, once, and refuses work after close."""

import asyncio
import logging

import pytest

from app.session.tasks import TaskOwner


async def test_close_cancels_running_tasks_and_is_idempotent() -> None:
    owner = TaskOwner("t")
    cancelled: list[str] = []

    async def forever(name: str) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append(name)
            raise

    a = owner.spawn(forever("a"), "a")
    b = owner.spawn(forever("b"), "b")
    await asyncio.sleep(0)
    await owner.close()
    await owner.close()
    assert sorted(cancelled) == ["a", "b"]
    assert a.cancelled() and b.cancelled()


async def test_spawn_after_close_is_refused_without_leaking_the_coroutine() -> None:
    owner = TaskOwner("t")
    await owner.close()

    async def work() -> None:
        return None

    with pytest.raises(RuntimeError):
        owner.spawn(work(), "late")


async def test_a_failing_task_is_logged_not_silent(caplog: pytest.LogCaptureFixture) -> None:
    owner = TaskOwner("t")

    async def boom() -> None:
        raise ValueError("secret detail")

    with caplog.at_level(logging.ERROR):
        task = owner.spawn(boom(), "boom")
        await asyncio.gather(task, return_exceptions=True)
        await asyncio.sleep(0)
    assert "task t:boom failed: ValueError" in caplog.text
    assert "secret detail" not in caplog.text  # messages may carry personal data: type only
    await owner.close()
