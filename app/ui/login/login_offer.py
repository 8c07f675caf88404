"""What the sign-in page may offer, as the service says: its BankID and OpenID providers, and the
dev-mode test identity only when the service is in dev mode; or that the service cannot be reached.

``load()`` asks the service (``GET /v1/auth/providers``); ``retry()`` asks again in a task this object
owns. ``changed`` fires after each answer; ``loggedIn`` forwards the panel's login, whichever panel
the latest answer built.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from app.core.protocol.rest import AuthProviders
from app.session.errors import SessionError
from app.ui.login.identity_panel import IdentityPanel

Fetch = Callable[[], Awaitable[AuthProviders]]
MakePanel = Callable[[AuthProviders], IdentityPanel | None]


class LoginOffer(QObject):
    """The service's answer about sign-in; ``reachable`` is None until asked."""

    changed = Signal()
    loggedIn = Signal(object)  # LoginResponse, from the panel

    def __init__(self, fetch: Fetch, make_panel: MakePanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._make_panel = make_panel
        self._task: asyncio.Task[None] | None = None
        self.reachable: bool | None = None
        self.test = False  # the dev-mode test identity: only when the service says it is in dev mode
        self.panel: IdentityPanel | None = None

    @property
    def checking(self) -> bool:
        return self._task is not None and not self._task.done()

    async def load(self) -> None:
        """Ask the service what it offers; a service that cannot be reached offers nothing."""
        try:
            providers = await self._fetch()
        except SessionError:
            self.reachable = False
        else:
            self.reachable = True
            self.test = providers.test
            if self.panel is None:  # asked again after an outage: the providers are those of before
                self.panel = self._make_panel(providers)
                if self.panel is not None:
                    self.panel.loggedIn.connect(self.loggedIn)
        if self._task is asyncio.current_task():
            self._task = None  # answered: no longer checking when ``changed`` is seen
        self.changed.emit()

    def retry(self) -> None:
        """Ask again (the user pressed Try again); one question at a time."""
        if not self.checking:
            self._task = asyncio.get_running_loop().create_task(self.load())
            self.changed.emit()

    async def aclose(self) -> None:
        """Stop asking (idempotent)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.panel is not None:
            await self.panel.aclose()
