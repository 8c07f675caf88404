"""Command line: ``python -m server [--host H] [--port P] [--dev] ...``; prints one READY line."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from typing import Any, NoReturn
from urllib.parse import urlsplit

import uvicorn

from app.core.deployment import DeploymentError, check_service_url
from app.core.emergency import EmergencyConfigError, EmergencyNotice, parse_emergency
from app.core.errors import ProtocolError
from app.core.protocol import IceServer, from_json
from server.client_versions import ClientVersionSettings
from server.identity.config import identity_settings
from server.identity.signing_keys import TOKEN_KEYS_ENV, SigningKeys
from server.runner import READY_PREFIX, bind_socket, make_server, url_of
from server.settings import DEFAULT_DATABASE_URL, Secret, ServiceSettings
from server.sfu.choice import SfuRooms

log = logging.getLogger("server")


def _ice_servers(text: str) -> list[IceServer]:
    try:
        data = json.loads(text)
        if not isinstance(data, list):
            raise ValueError("expected a JSON list")
        return [from_json(IceServer, item) for item in data]
    except (ValueError, ProtocolError) as exc:
        raise argparse.ArgumentTypeError(f"invalid --ice-servers: {exc}") from None


def _emergency(text: str) -> EmergencyNotice:
    try:
        return parse_emergency(json.loads(text) if text.lstrip().startswith("{") else text)
    except (ValueError, EmergencyConfigError) as exc:
        raise argparse.ArgumentTypeError(f"invalid --emergency: {exc}") from None


def _after_call_url(text: str) -> str:
    parts = urlsplit(text.strip())
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if (
        len(text) > 512
        or not parts.hostname
        or not (parts.scheme == "https" or (parts.scheme == "http" and loopback))
    ):
        raise argparse.ArgumentTypeError(f"invalid --after-call-url: an https:// address is needed: {text!r}")
    return text.strip()


def _public_url(text: str) -> str:
    try:
        return check_service_url(text, "--public-url")
    except DeploymentError as exc:
        raise argparse.ArgumentTypeError(f"invalid --public-url: {exc}") from None


def _janus_urls(given: list[str]) -> tuple[str, ...]:
    """``--janus`` (repeatable, comma lists) or ``$SAMTALE_JANUS_URLS``: ws:// or wss:// API URLs."""
    text = ",".join(given) if given else os.environ.get("SAMTALE_JANUS_URLS", "")
    urls = tuple(u.strip() for u in text.split(",") if u.strip())
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("ws", "wss") or not parts.hostname:
            _refuse(f"invalid --janus: a ws:// or wss:// address is needed: {url!r}")
    return urls


def _secret(path: str | None, env: str, what: str) -> Secret | None:
    """A secret from a file (its first line) or the environment; never echoed."""
    text = os.environ.get(env, "")
    if path is not None:
        try:
            with open(path, encoding="utf-8") as file:
                text = file.readline()
        except OSError as exc:
            _refuse(f"cannot read {what}: {type(exc).__name__}")
    return Secret(text.strip()) if text.strip() else None


def _media_server(args: argparse.Namespace) -> dict[str, Any]:
    urls = _janus_urls(args.janus)
    api = _secret(args.janus_api_secret_file, "SAMTALE_JANUS_API_SECRET", "the Janus API secret")
    admin = _secret(args.janus_admin_secret_file, "SAMTALE_JANUS_ADMIN_SECRET", "the Janus admin secret")
    choice = SfuRooms(args.sfu_rooms)
    if choice is SfuRooms.ALL and not urls:
        _refuse("--sfu-rooms all needs a media server: give --janus")
    if urls and api is None and not args.dev:
        _refuse("set --janus-api-secret-file or $SAMTALE_JANUS_API_SECRET (Janus's api_secret)")
    return {"janus_urls": urls, "janus_api_secret": api, "janus_admin_secret": admin, "sfu_rooms": choice}


def _identity(path: str | None) -> dict[str, Any]:
    try:
        return identity_settings(path)
    except ValueError as exc:
        raise SystemExit(f"python -m server: {exc}") from None


def _refuse(message: str) -> NoReturn:
    """A configuration error: one line on stderr, exit status 2 (as for a bad flag)."""
    sys.stderr.write(f"python -m server: {message}\n")
    raise SystemExit(2)


def _signing_keys(path: str | None) -> SigningKeys | None:
    """The configured keys (flag, else environment); ``None`` if neither is set."""
    text = os.environ.get(TOKEN_KEYS_ENV)
    try:
        if path is not None:
            return SigningKeys.from_file(path)
        return SigningKeys.parse(text) if text else None
    except ValueError as exc:
        _refuse(f"invalid signing keys: {exc}")


def _persistent(database_url: str) -> bool:
    return (
        database_url not in ("sqlite://", "sqlite:///:memory:", "sqlite:///")
        and ":memory:" not in database_url
    )


def _require_production_config(keys: SigningKeys | None, database_url: str, identity: dict[str, Any]) -> None:
    """Without ``--dev`` a restart must keep everyone signed in and every consultation: refuse to
    start on random keys or an in-memory database, saying in one line what to set."""
    missing = []
    if keys is None:
        missing.append(f"${TOKEN_KEYS_ENV} or --token-keys-file (signing keys: kid:secret ...)")
    if not _persistent(database_url):
        missing.append(
            "--database-url (a persistent database, e.g. postgresql+psycopg://... or sqlite:///file)"
        )
    if (identity.get("bankid") or identity.get("oidc_providers")) and "identity_key" not in identity:
        missing.append("$SAMTALE_IDENTITY_KEY (the pseudonym key)")
    if missing:
        _refuse(f"set {'; '.join(missing)}; or pass --dev for a throwaway instance")


def parse_args(argv: list[str] | None = None) -> ServiceSettings:
    parser = argparse.ArgumentParser(prog="python -m server", description="Run the Samtale service.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 lets the OS pick a free port")
    parser.add_argument("--dev", action="store_true", help="enable the test identity and dev endpoints")
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL, help="any SQLAlchemy URL")
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("SAMTALE_REDIS_URL") or None,
        help="redis://host:port/db shared by every instance (else $SAMTALE_REDIS_URL; unset: one instance)",
    )
    parser.add_argument(
        "--redis-max-connections",
        type=int,
        default=50,
        metavar="N",
        help="Redis connections this instance keeps at most; more commands at once wait for one (default 50)",
    )
    parser.add_argument("--token-keys-file", metavar="FILE", help=f"signing keys (else ${TOKEN_KEYS_ENV})")
    parser.add_argument("--ice-servers", type=_ice_servers, default=[], help='JSON: [{"urls": [...]}]')
    parser.add_argument("--reconnect-grace", type=float, default=45.0, metavar="S")
    parser.add_argument("--hello-timeout", type=float, default=10.0, metavar="S")
    parser.add_argument("--token-ttl", type=int, default=900, metavar="S")
    parser.add_argument("--rate", type=float, default=30.0, help="messages per second per connection")
    parser.add_argument("--burst", type=int, default=60, help="message burst per connection")
    parser.add_argument("--turn-url", action="append", default=[], help="repeatable; $SAMTALE_TURN_SECRET")
    parser.add_argument("--turn-ttl", type=int, default=600, metavar="S", help="TURN credential lifetime")
    parser.add_argument("--probe-port", type=int, default=0, help="pre-call UDP probe port (0: OS picks)")
    parser.add_argument("--no-probe", action="store_true", help="do not start the pre-call UDP probe")
    parser.add_argument("--identity-config", metavar="FILE", help="BankID/OpenID/staff JSON (issue 4)")
    parser.add_argument(
        "--trusted-proxy",
        action="append",
        default=None,
        metavar="ADDR",
        help="repeatable: a reverse proxy whose X-Forwarded-For is believed (default: loopback)",
    )
    parser.add_argument(
        "--client-oldest", metavar="VERSION", help="oldest client version supported (GET /v1/client)"
    )
    parser.add_argument("--client-newest", metavar="VERSION", help="newest client version available")
    parser.add_argument(
        "--client-download-url", metavar="URL", help="https:// page where clients download it"
    )
    parser.add_argument(
        "--public-url",
        action="append",
        type=_public_url,
        default=[],
        help="repeatable: the service's https address as browsers reach it; the first goes in room links",
    )
    parser.add_argument(
        "--emergency", type=_emergency, default=None, help='"no", "se" or JSON texts per language'
    )
    parser.add_argument("--after-call-url", type=_after_call_url, help="https page offered after a call")
    parser.add_argument(
        "--janus",
        action="append",
        default=[],
        metavar="URL[,URL...]",
        help="repeatable: a Janus WebSocket API URL (else $SAMTALE_JANUS_URLS); unset: no media server",
    )
    parser.add_argument("--janus-api-secret-file", metavar="FILE", help="else $SAMTALE_JANUS_API_SECRET")
    parser.add_argument("--janus-admin-secret-file", metavar="FILE", help="else $SAMTALE_JANUS_ADMIN_SECRET")
    parser.add_argument(
        "--sfu-rooms",
        choices=[c.value for c in SfuRooms],
        default=SfuRooms.BY_TYPE.value,
        help="which rooms go through Janus: by room type (default), all, or none",
    )
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    try:
        client_versions = ClientVersionSettings.parse(
            args.client_oldest, args.client_newest, args.client_download_url
        )
    except ValueError as exc:
        parser.error(str(exc))
    keys = _signing_keys(args.token_keys_file)
    identity = _identity(args.identity_config)
    media_server = _media_server(args)
    if not args.dev:
        _require_production_config(keys, args.database_url, identity)
    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return ServiceSettings(
        host=args.host,
        port=args.port,
        dev_mode=args.dev,
        database_url=args.database_url,
        redis_url=args.redis_url,
        redis_max_connections=args.redis_max_connections,
        token_keys=keys if keys is not None else SigningKeys.generate(),
        token_ttl_s=args.token_ttl,
        ice_servers=args.ice_servers,
        reconnect_grace_s=args.reconnect_grace,
        hello_timeout_s=args.hello_timeout,
        rate_per_s=args.rate,
        rate_burst=args.burst,
        turn_urls=args.turn_url,
        turn_secret=Secret(turn_secret) if (turn_secret := os.environ.get("SAMTALE_TURN_SECRET")) else None,
        turn_ttl_s=args.turn_ttl,
        probe_port=args.probe_port,
        probe_enabled=not args.no_probe,
        trusted_proxies=tuple(args.trusted_proxy) if args.trusted_proxy is not None else ("127.0.0.1", "::1"),
        client_versions=client_versions,
        public_urls=tuple(args.public_url),
        # Room links open the guest page where the deployment has a public address (issue 15).
        link_base=f"{args.public_url[0]}/join/" if args.public_url else "samtale://join/",
        emergency=args.emergency or EmergencyNotice(),
        after_call_url=args.after_call_url,
        **media_server,
        **identity,
    )


async def _serve(server: uvicorn.Server, settings: ServiceSettings) -> int:
    sock = bind_socket(settings.host, settings.port)
    loop = asyncio.get_running_loop()

    def stop() -> None:
        if server.should_exit:
            server.force_exit = True
        server.should_exit = True

    for sig in (signal.SIGTERM, signal.SIGINT):
        # Windows' event loops have no signal handlers (the release workflow's self-test runs the
        # service there); a terminated process simply ends.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            await task
            return 1
        await asyncio.sleep(0.01)
    sys.stdout.write(f"{READY_PREFIX} {url_of(sock)}\n")
    sys.stdout.flush()
    await task
    sock.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    settings = parse_args(argv)
    server = make_server(settings)
    try:
        return asyncio.run(_serve(server, settings))
    except OSError as exc:
        log.error("cannot start: %s", exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
