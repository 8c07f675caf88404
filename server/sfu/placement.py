"""Several Janus instances: each new consultation goes to the least loaded live one, and a watch task
checks every instance every 2 s. An instance silent for 6 s is dead, and so is one whose connection
had to be made anew (its rooms and sessions went with the old one): ``on_lost`` is told, and the
rooms there are recreated elsewhere (``server.sfu.manager``). One that answers again is live again
(``on_back``: rooms left without an instance go there).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from server.secret import Secret
from server.sfu.instance import DEAD_AFTER_S, PROBE_EVERY_S, JanusInstance
from server.sfu.janus_client import JanusError, JanusGone

log = logging.getLogger(__name__)

Lost = Callable[[JanusInstance], Awaitable[None]]


class SfuUnavailable(Exception):
    """No Janus instance can be reached."""


class Placement:
    """The Janus instances of this service and their health."""

    def __init__(self, urls: list[str], api_secret: Secret | None) -> None:
        self.instances = [JanusInstance(url, api_secret) for url in urls]
        self.on_lost: Lost | None = None
        self.on_back: Lost | None = None
        self._watch: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Connect to every instance that answers now (the others are tried every 2 s), then watch."""
        for instance in self.instances:
            instance.alive = await instance.probe()
            log.info("janus instance url=%s alive=%s", instance.url, instance.alive)
        self._watch = asyncio.create_task(self._run(), name="janus-watch")

    def by_url(self, url: str) -> JanusInstance | None:
        return next((i for i in self.instances if i.url == url), None)

    def pick(self, load: Callable[[JanusInstance], int]) -> JanusInstance:
        """The live instance with the least load (fewest participants); ``SfuUnavailable`` if none."""
        live = [i for i in self.instances if i.alive]
        for instance in sorted(live, key=lambda i: (load(i), self.instances.index(i))):
            if instance.rooms is not None and instance.rooms.conn.alive:
                return instance
        raise SfuUnavailable("no media server can be reached")

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(PROBE_EVERY_S)
            await asyncio.gather(*(self._check(i) for i in self.instances))

    async def _check(self, instance: JanusInstance) -> None:
        generation = instance.generation
        try:
            answered = await instance.probe()
        except Exception as exc:  # the watch must outlive any one instance's failure
            log.error("janus check failed url=%s error=%s", instance.url, type(exc).__name__)
            answered = False
        if instance.alive and (instance.generation != generation or instance.silent_for() > DEAD_AFTER_S):
            instance.alive = instance.generation != generation and answered
            if not instance.alive:
                await instance.disconnect()  # Janus drops every session that was on it
            log.warning("janus instance lost url=%s silent_s=%.1f", instance.url, instance.silent_for())
            await self._tell(self.on_lost, instance)
        if not instance.alive and answered:
            instance.alive = True
            log.info("janus instance back url=%s", instance.url)
            await self._tell(self.on_back, instance)

    async def _tell(self, callback: Lost | None, instance: JanusInstance) -> None:
        if callback is None:
            return
        try:
            await callback(instance)
        except (JanusGone, JanusError, SfuUnavailable) as exc:
            log.warning("janus failover incomplete url=%s error=%s", instance.url, type(exc).__name__)
        except Exception as exc:
            log.error("janus failover failed url=%s error=%s", instance.url, type(exc).__name__)

    async def close(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            await asyncio.gather(self._watch, return_exceptions=True)
            self._watch = None
        for instance in self.instances:
            await instance.close()
