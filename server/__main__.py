"""Command line: ``python -m server [--host H] [--port P] [--dev] ...``; prints one READY line."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
from typing import Any

import uvicorn

from app.core.errors import ProtocolError
from app.core.protocol import IceServer, from_json
from server.identity.config import identity_settings
from server.runner import READY_PREFIX, bind_socket, make_server, url_of
from server.settings import DEFAULT_DATABASE_URL, Secret, ServiceSettings

log = logging.getLogger("server")


def _ice_servers(text: str) -> list[IceServer]:
    try:
        data = json.loads(text)
        if not isinstance(data, list):
            raise ValueError("expected a JSON list")
        return [from_json(IceServer, item) for item in data]
    except (ValueError, ProtocolError) as exc:
        raise argparse.ArgumentTypeError(f"invalid --ice-servers: {exc}") from None


def _identity(path: str | None) -> dict[str, Any]:
    try:
        return identity_settings(path)
    except ValueError as exc:
        raise SystemExit(f"python -m server: {exc}") from None


def parse_args(argv: list[str] | None = None) -> ServiceSettings:
    parser = argparse.ArgumentParser(prog="python -m server", description="Run the Samtale service.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 lets the OS pick a free port")
    parser.add_argument("--dev", action="store_true", help="enable the test identity and dev endpoints")
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL, help="any SQLAlchemy URL")
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
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
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
        token_secret=Secret.generate(),
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
        **_identity(args.identity_config),
    )


async def _serve(server: uvicorn.Server, settings: ServiceSettings) -> int:
    sock = bind_socket(settings.host, settings.port)
    loop = asyncio.get_running_loop()

    def stop() -> None:
        if server.should_exit:
            server.force_exit = True
        server.should_exit = True

    for sig in (signal.SIGTERM, signal.SIGINT):
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
