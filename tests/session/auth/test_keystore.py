"""The refresh token lives only in a real OS keyring; without one the user gets a code, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.core.errors import ErrorCode
from app.session.auth.keystore import RefreshTokenStore
from app.session.errors import SessionError

REPO = Path(__file__).resolve().parents[3]


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring that records what it was asked (a test double, never shipped)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


def test_save_load_delete_per_service_url() -> None:
    backend = MemoryKeyring()
    store = RefreshTokenStore("https://a.example/", backend)
    other = RefreshTokenStore("https://b.example", backend)
    store.save("rt.1")
    assert (store.load(), other.load()) == ("rt.1", None)
    store.delete()
    store.delete()  # twice is fine
    assert store.load() is None and backend.items == {}


def test_no_keyring_backend_is_a_coded_error() -> None:
    store = RefreshTokenStore("https://a.example", fail.Keyring())
    for action in (lambda: store.save("rt.1"), store.load, store.delete):
        with pytest.raises(SessionError) as refused:
            action()
        assert refused.value.code is ErrorCode.KEYRING_UNAVAILABLE


SCRIPT = textwrap.dedent(
    """
    import keyring
    from app.session.auth.keystore import RefreshTokenStore
    store = RefreshTokenStore("http://127.0.0.1:1")
    print(type(keyring.get_keyring()).__module__)
    store.save("rt.secret-service-check")
    print(store.load())
    store.delete()
    print(store.load())
    """
)


def test_a_real_secret_service_under_dbus_run_session(tmp_path: Path) -> None:
    """gnome-keyring-daemon on a private D-Bus session (Debian packages dbus and gnome-keyring)."""
    missing = [b for b in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(b) is None]
    assert not missing, f"install the Debian packages dbus and gnome-keyring (missing {missing})"
    shell = (
        "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        f'exec "{sys.executable}" -c "$SCRIPT"'
    )
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHONPATH": str(REPO),
        "SCRIPT": SCRIPT,
    }
    (tmp_path / "data").mkdir()
    os.chmod(tmp_path, 0o700)
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["keyring.backends.SecretService", "rt.secret-service-check", "None"]
