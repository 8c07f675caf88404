"""A Janus session and its plugin handles, over a ``JanusConnection``: sessions send ``keepalive`` so
Janus keeps them (it would time them out after 60 s); destroying one closes every handle in it."""

from __future__ import annotations

import asyncio
import contextlib

from server.sfu.janus_client import EventSink, JanusConnection, JanusError, JanusGone, Json, plugin_data

KEEPALIVE_S = 20.0  # well inside Janus's session_timeout (60 s by default)


class JanusSession:
    """One Janus session (its handles close with it), kept alive by a keepalive task."""

    def __init__(self, conn: JanusConnection, session_id: int) -> None:
        self.conn = conn
        self.id = session_id
        self.handles: dict[int, JanusHandle] = {}
        self._keepalive: asyncio.Task[None] | None = None
        self.destroyed = False

    @classmethod
    async def create(cls, conn: JanusConnection) -> JanusSession:
        """A new session on ``conn``, kept alive from now on."""
        answer = await conn.request({"janus": "create"})
        session = cls(conn, int(answer["data"]["id"]))
        session.start()
        return session

    def start(self) -> None:
        self._keepalive = asyncio.create_task(self._keep(), name=f"janus-keepalive-{self.id}")

    async def _keep(self) -> None:
        while not self.destroyed:
            await asyncio.sleep(KEEPALIVE_S)
            try:
                await self.conn.request({"janus": "keepalive", "session_id": self.id})
            except (JanusGone, JanusError):
                return

    async def attach(self, plugin: str, on_event: EventSink | None = None) -> JanusHandle:
        answer = await self.conn.request({"janus": "attach", "session_id": self.id, "plugin": plugin})
        handle = JanusHandle(self, int(answer["data"]["id"]), on_event)
        self.handles[handle.id] = handle
        self.conn.listen(handle.id, handle.dispatch)
        return handle

    async def destroy(self) -> None:
        """Destroy the session and every handle in it (idempotent; a gone Janus counts as done)."""
        if self.destroyed:
            return
        self.destroyed = True
        if self._keepalive is not None:
            self._keepalive.cancel()
        for handle_id in self.handles:
            self.conn.forget(handle_id)
        self.handles.clear()
        with contextlib.suppress(JanusGone, JanusError):
            await self.conn.request({"janus": "destroy", "session_id": self.id})


class JanusHandle:
    """A handle attached to one plugin within a session."""

    def __init__(self, session: JanusSession, handle_id: int, on_event: EventSink | None) -> None:
        self.session = session
        self.id = handle_id
        self.on_event = on_event

    def dispatch(self, message: Json) -> None:
        if self.on_event is not None:
            self.on_event(message)

    async def message(
        self, body: Json, jsep: Json | None = None, *, wait_event: bool = False, wait_s: float | None = None
    ) -> tuple[Json, Json | None]:
        """A plugin request; returns the plugin's data and the JSEP that came with it (if any)."""
        request: Json = {
            "janus": "message",
            "session_id": self.session.id,
            "handle_id": self.id,
            "body": body,
        }
        if jsep is not None:
            request["jsep"] = jsep
        answer = await self.session.conn.request(request, wait_event=wait_event, wait_s=wait_s)
        return plugin_data(answer), answer.get("jsep")

    async def detach(self) -> None:
        """Detach from the plugin (closes this handle's PeerConnection); idempotent."""
        if self.session.handles.pop(self.id, None) is None:
            return
        self.session.conn.forget(self.id)
        with contextlib.suppress(JanusGone, JanusError):
            await self.session.conn.request(
                {"janus": "detach", "session_id": self.session.id, "handle_id": self.id}
            )
