"""Where the client finds its service: ``--service``, ``SAMTALE_SERVICE_URL``, a deployment file,
else the default; and the deployment's emergency notice. Standard library only; the Qt side (where
the files are) is in ``app.main``.

A deployment file is ``samtale-deployment.json``: ``{"service_url": "https://…"}``, optionally with
``"emergency"``: ``"no"``, ``"se"`` or the deployment's own words per language (``app.core.emergency``).
``"media_recovery_s": 20``: how long a call's media may stay away before the user is offered a
choice (try again, audio only, leave); ``SAMTALE_MEDIA_RECOVERY_S`` overrides it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from app.core.emergency import EmergencyConfigError, EmergencyNotice, parse_emergency

DEPLOYMENT_FILE = "samtale-deployment.json"
ENV_SERVICE = "SAMTALE_SERVICE_URL"
ENV_MEDIA_RECOVERY = "SAMTALE_MEDIA_RECOVERY_S"
MEDIA_RECOVERY_RANGE = (5.0, 300.0)  # seconds: shorter nags over a blip, longer is a frozen call
LOOPBACK = ("127.0.0.1", "localhost", "::1")
MAX_URL = 2048


class DeploymentError(ValueError):
    """A preset service address that cannot be used; the message is a plain sentence for admins."""


@dataclass(frozen=True, slots=True)
class ServicePreset:
    url: str
    source: str  # "--service", the variable's name, a file's path, or "default"


def check_service_url(url: str, source: str) -> str:
    """The URL without a trailing slash; https is required except on loopback."""
    url = url.strip()
    if not url or len(url) > MAX_URL:
        raise DeploymentError(f"The service address from {source} is empty or too long.")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 -- raises ValueError on a bad port
    except ValueError:
        raise DeploymentError(f"The service address from {source} is not a valid URL: {url!r}") from None
    if parts.scheme not in ("https", "http") or not host:
        raise DeploymentError(f"The service address from {source} must be an https:// URL: {url!r}")
    if parts.scheme == "http" and host not in LOOPBACK:
        raise DeploymentError(
            f"The service address from {source} must use https (plain http only on this computer): {url!r}"
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise DeploymentError(f"The service address from {source} must be a plain base URL: {url!r}")
    return url.rstrip("/")


def _load(path: Path) -> object | None:
    """A deployment file's JSON; None if there is no file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DeploymentError(f"The deployment file {path} cannot be read ({error.strerror}).") from None
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError:
        raise DeploymentError(f"The deployment file {path} is not valid JSON.") from None
    return data


def read_deployment_file(path: Path) -> str | None:
    """The ``service_url`` in a deployment file; None if there is no file."""
    data = _load(path)
    if data is None:
        return None
    url = data.get("service_url") if isinstance(data, dict) else None
    if not isinstance(url, str):
        raise DeploymentError(f'The deployment file {path} needs {{"service_url": "https://…"}}.')
    return url


def resolve_service(
    flag: str | None, environ: Mapping[str, str], directories: Iterable[Path], default: str
) -> ServicePreset:
    """The first of: the ``--service`` flag, the environment, a deployment file in ``directories``
    (in order), the default; validated. Raises ``DeploymentError``."""
    if flag is not None:
        return ServicePreset(check_service_url(flag, "--service"), "--service")
    from_env = environ.get(ENV_SERVICE)
    if from_env:
        return ServicePreset(check_service_url(from_env, ENV_SERVICE), ENV_SERVICE)
    for directory in directories:
        path = directory / DEPLOYMENT_FILE
        url = read_deployment_file(path)
        if url is not None:
            return ServicePreset(check_service_url(url, str(path)), str(path))
    return ServicePreset(check_service_url(default, "the default"), "default")


def resolve_emergency(directories: Iterable[Path]) -> EmergencyNotice:
    """The emergency notice of the first deployment file in ``directories`` (the general notice if it
    names none, or there is no file); raises ``DeploymentError``."""
    for directory in directories:
        path = directory / DEPLOYMENT_FILE
        data = _load(path)
        if data is None:
            continue
        try:
            return parse_emergency(data.get("emergency") if isinstance(data, dict) else None)
        except EmergencyConfigError as error:
            raise DeploymentError(f"The deployment file {path}: {error}") from None
    return EmergencyNotice()


def _media_recovery(value: object, source: str) -> float:
    low, high = MEDIA_RECOVERY_RANGE
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise DeploymentError(f"The media recovery time from {source} must be a number of seconds.") from None
    if not low <= seconds <= high:
        raise DeploymentError(
            f"The media recovery time from {source} must be between {low:.0f} and {high:.0f} seconds."
        )
    return seconds


def resolve_media_recovery(environ: Mapping[str, str], directories: Iterable[Path]) -> float | None:
    """Seconds a call's media may stay away before the user gets a choice: the environment, else
    ``media_recovery_s`` in the first deployment file found, else None (the client's default)."""
    from_env = environ.get(ENV_MEDIA_RECOVERY)
    if from_env:
        return _media_recovery(from_env, ENV_MEDIA_RECOVERY)
    for directory in directories:
        path = directory / DEPLOYMENT_FILE
        if read_deployment_file(path) is None:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        value = data.get("media_recovery_s")
        return None if value is None else _media_recovery(value, str(path))
    return None
