"""Keeps the refresh token only in the OS keyring (Secret Service, Keychain, Credential Locker)."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.core.errors import ErrorCode
from app.session.errors import SessionError

log = logging.getLogger(__name__)

SERVICE_NAME = "samtale"


def _usable(backend: KeyringBackend) -> bool:
    """A real OS store: not keyring's ``fail`` backend, nor a plaintext or file store from keyrings.alt."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(_usable(b) for b in chained)
    return True


class RefreshTokenStore:
    """One refresh token per service URL; every failure is ``SessionError(keyring_unavailable)``."""

    def __init__(self, service_url: str, backend: KeyringBackend | None = None) -> None:
        self._account = service_url.rstrip("/")
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        backend = self._backend if self._backend is not None else keyring.get_keyring()
        if not _usable(backend):
            raise SessionError(ErrorCode.KEYRING_UNAVAILABLE, type(backend).__name__)
        return backend

    def save(self, refresh_token: str) -> None:
        try:
            self._keyring().set_password(SERVICE_NAME, self._account, refresh_token)
        except keyring.errors.KeyringError as exc:
            raise self._unavailable(exc) from None

    def load(self) -> str | None:
        try:
            return self._keyring().get_password(SERVICE_NAME, self._account)
        except keyring.errors.KeyringError as exc:
            raise self._unavailable(exc) from None

    def delete(self) -> None:
        try:
            self._keyring().delete_password(SERVICE_NAME, self._account)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored: already logged out
        except keyring.errors.KeyringError as exc:
            raise self._unavailable(exc) from None

    @staticmethod
    def _unavailable(exc: Exception) -> SessionError:
        log.warning("keyring unavailable error=%s", type(exc).__name__)
        return SessionError(ErrorCode.KEYRING_UNAVAILABLE, type(exc).__name__)
