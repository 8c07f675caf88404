"""LinkSteps: a link's steps never overlap, other links' do, and a failed link is tried again later."""

from __future__ import annotations

import asyncio

from app.session.link_steps import LinkSteps
from app.session.tasks import TaskOwner


class Steps:
    """The call's side: records each step as it begins and ends; ``gate`` holds a key's step open."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str, bool]] = []
        self.gates: dict[str, asyncio.Event] = {}
        self.wanted: set[str] = {"audio", "video", "p-1"}

    async def __call__(self, key: str, keep: bool) -> None:
        self.log.append(("begin", key, keep))
        gate = self.gates.get(key)
        if gate is not None:
            await gate.wait()
        self.log.append(("end", key, keep))


def made(retry_s: float = 0.05, retry_max_s: float = 0.12) -> tuple[LinkSteps, Steps, TaskOwner]:
    steps, tasks = Steps(), TaskOwner("test")
    return (
        LinkSteps(tasks, steps, steps.wanted.__contains__, retry_s=retry_s, retry_max_s=retry_max_s),
        steps,
        tasks,
    )


async def test_a_second_step_for_a_link_waits_for_the_first_while_other_links_go_ahead() -> None:
    runner, steps, tasks = made()
    steps.gates["video"] = asyncio.Event()
    runner.start("video")
    runner.start("video", keep=False)
    runner.start("audio")
    await asyncio.sleep(0.01)
    assert steps.log == [("begin", "video", True), ("begin", "audio", True), ("end", "audio", True)]
    assert runner.busy("video") and not runner.busy("audio")
    steps.gates["video"].set()
    await asyncio.gather(*runner.in_progress())
    assert steps.log[3:] == [("end", "video", True), ("begin", "video", False), ("end", "video", False)]
    assert not runner.busy("video") and runner.in_progress() == []
    await tasks.close()


async def test_a_failed_link_is_tried_again_after_a_pause_that_grows_up_to_the_cap() -> None:
    steps, tasks, pauses = Steps(), TaskOwner("test"), []

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)

    runner = LinkSteps(tasks, steps, steps.wanted.__contains__, retry_s=0.5, retry_max_s=1.2, sleep=sleep)
    for _ in range(3):
        runner.retry_later("p-1")
        await asyncio.sleep(0.01)
    runner.retry_later("video")
    runner.succeeded("p-1")  # made at last: the count starts again
    runner.retry_later("p-1")
    await asyncio.sleep(0.01)
    assert pauses == [0.5, 1.0, 1.2, 0.5, 0.5]
    assert [key for what, key, _ in steps.log if what == "begin"] == ["p-1", "p-1", "p-1", "video", "p-1"]
    await tasks.close()


async def test_a_retry_is_dropped_when_the_link_is_no_longer_wanted_or_already_being_made() -> None:
    runner, steps, tasks = made()
    runner.retry_later("p-1")
    steps.wanted.discard("p-1")  # unsubscribed meanwhile
    steps.gates["audio"] = asyncio.Event()
    runner.start("audio")
    runner.retry_later("audio")  # a step for it is in progress when the pause ends
    await asyncio.sleep(0.1)
    assert steps.log == [("begin", "audio", True)]
    steps.gates["audio"].set()
    await tasks.close()


async def test_after_stop_nothing_new_starts() -> None:
    runner, steps, tasks = made()
    runner.retry_later("video")
    runner.stop()
    runner.stop()
    runner.start("audio")
    runner.retry_later("audio")
    await asyncio.sleep(0.1)
    assert steps.log == [] and runner.in_progress() == []
    await tasks.close()
