"""A SIMULATOR of Swedish BankID's RP API v6 (``/auth``, ``/collect``, ``/cancel``), written from the
published specification, served over real mutual TLS on 127.0.0.1. It is not BankID and never talks to BankID.

The test plays the user through :meth:`BankIdSimulator.scan` (checks the animated QR's HMAC and age the way
the app would), :meth:`start_on_device`, :meth:`approve` and :meth:`user_cancel`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
import ssl
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.support.bankid_certs import SimPki

ORDER_TTL_S = 30.0  # how long an order waits for the user before expiredTransaction
QR_MAX_AGE_S = 2  # a scanned QR older than this (in qrTime seconds) is refused as stale


@dataclass
class SimOrder:
    order_ref: str
    auto_start_token: str
    qr_start_token: str
    qr_start_secret: str
    end_user_ip: str
    started_at: float
    status: str = "pending"
    hint_code: str = "outstandingTransaction"
    user: dict[str, str] | None = None
    ended_at: float | None = None


@dataclass
class BankIdSimulator:
    """The simulated RP API; ``calls`` records (monotonic time, path, orderRef or None) of every request."""

    order_ttl_s: float = ORDER_TTL_S
    orders: dict[str, SimOrder] = field(default_factory=dict)
    calls: list[tuple[float, str, str | None]] = field(default_factory=list)
    fail_next_auth: str | None = None  # an errorCode to answer the next /auth with

    # -- the user's side -------------------------------------------------------------------------
    def scan(self, qr: str) -> SimOrder:
        """The BankID app scans ``qr``: it must be current and correctly signed, like the real app checks."""
        prefix, token, qr_time, code = qr.split(".")
        assert prefix == "bankid", qr
        order = next(o for o in self.orders.values() if o.qr_start_token == token)
        expected = hmac.new(order.qr_start_secret.encode(), qr_time.encode(), hashlib.sha256).hexdigest()
        assert hmac.compare_digest(expected, code), "QR auth code does not match"
        age = (time.monotonic() - order.started_at) - int(qr_time)
        assert -1 <= age <= QR_MAX_AGE_S, f"QR is stale by {age:.1f} s"
        self._start(order)
        return order

    def start_on_device(self, auto_start_token: str) -> SimOrder:
        """The BankID app is opened with the autostart token (same device)."""
        order = next(o for o in self.orders.values() if o.auto_start_token == auto_start_token)
        self._start(order)
        return order

    def _start(self, order: SimOrder) -> None:
        assert order.status == "pending", order.status
        order.hint_code = "userSign"

    def approve(self, order: SimOrder, personal_number: str, given_name: str, surname: str) -> None:
        """The user enters the security code: the order completes."""
        assert order.status == "pending" and order.hint_code == "userSign"
        order.status, order.ended_at = "complete", time.monotonic()
        order.user = {
            "personalNumber": personal_number,
            "name": f"{given_name} {surname}",
            "givenName": given_name,
            "surname": surname,
        }

    def user_cancel(self, order: SimOrder) -> None:
        order.status, order.hint_code, order.ended_at = "failed", "userCancel", time.monotonic()

    # -- the RP API ------------------------------------------------------------------------------
    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/rp/v6.0/auth", self._auth, methods=["POST"]),
                Route("/rp/v6.0/collect", self._collect, methods=["POST"]),
                Route("/rp/v6.0/cancel", self._cancel, methods=["POST"]),
            ]
        )

    @staticmethod
    def _error(status: int, code: str, details: str) -> Response:
        return JSONResponse({"errorCode": code, "details": details}, status_code=status)

    async def _json(self, request: Request) -> dict[str, Any] | Response:
        if request.headers.get("content-type", "").split(";")[0] != "application/json":
            return self._error(415, "unsupportedMediaType", "Content-Type must be application/json")
        try:
            body = json.loads(await request.body())
        except ValueError:
            return self._error(400, "invalidParameters", "Invalid JSON")
        if not isinstance(body, dict):
            return self._error(400, "invalidParameters", "Invalid JSON")
        self.calls.append((time.monotonic(), request.url.path.rsplit("/", 1)[-1], body.get("orderRef")))
        return body

    async def _auth(self, request: Request) -> Response:
        body = await self._json(request)
        if isinstance(body, Response):
            return body
        if not isinstance(body.get("endUserIp"), str):
            return self._error(400, "invalidParameters", "Invalid endUserIp")
        if self.fail_next_auth is not None:
            code, self.fail_next_auth = self.fail_next_auth, None
            return self._error(503 if code == "maintenance" else 400, code, "simulated")
        order = SimOrder(*(str(uuid.uuid4()) for _ in range(4)), body["endUserIp"], time.monotonic())
        self.orders[order.order_ref] = order
        return JSONResponse(
            {
                "orderRef": order.order_ref,
                "autoStartToken": order.auto_start_token,
                "qrStartToken": order.qr_start_token,
                "qrStartSecret": order.qr_start_secret,
            }
        )

    def _order(self, body: dict[str, Any]) -> SimOrder | None:
        order = self.orders.get(str(body.get("orderRef")))
        expired = order is not None and time.monotonic() - order.started_at > self.order_ttl_s
        if order is not None and order.status == "pending" and expired:
            order.status, order.hint_code, order.ended_at = (
                "failed",
                "expiredTransaction",
                time.monotonic(),
            )
        return order

    async def _collect(self, request: Request) -> Response:
        body = await self._json(request)
        if isinstance(body, Response):
            return body
        order = self._order(body)
        if order is None:
            return self._error(400, "invalidParameters", "No such order")
        answer: dict[str, Any] = {"orderRef": order.order_ref, "status": order.status}
        if order.status == "complete":
            answer["completionData"] = {
                "user": order.user,
                "device": {"ipAddress": order.end_user_ip, "uhi": "simulated-uhi"},
                "bankIdIssueDate": "2024-01-01",
                "signature": "c2ltdWxhdGVk",
                "ocspResponse": "c2ltdWxhdGVk",
            }
        else:
            answer["hintCode"] = order.hint_code
        return JSONResponse(answer)

    async def _cancel(self, request: Request) -> Response:
        body = await self._json(request)
        if isinstance(body, Response):
            return body
        order = self._order(body)
        if order is None:
            return self._error(400, "invalidParameters", "No such order")
        del self.orders[order.order_ref]  # a cancelled order is gone: collect now says invalidParameters
        return JSONResponse({})


class SimulatorServer:
    """Serves a :class:`BankIdSimulator` over mutual TLS on 127.0.0.1 inside the running event loop."""

    def __init__(self, sim: BankIdSimulator, pki: SimPki) -> None:
        config = uvicorn.Config(
            sim.app(),
            ssl_certfile=str(pki.server_cert),
            ssl_keyfile=str(pki.server_key),
            ssl_ca_certs=str(pki.rp_ca),
            ssl_cert_reqs=ssl.CERT_REQUIRED,  # mutual TLS: no RP certificate, no API
            log_config=None,
            access_log=False,
            lifespan="off",
        )
        self._server = uvicorn.Server(config)
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.base_url = f"https://127.0.0.1:{self._sock.getsockname()[1]}/rp/v6.0"
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> SimulatorServer:
        self._task = asyncio.create_task(self._server.serve(sockets=[self._sock]))
        while not self._server.started:
            await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.should_exit = True
        if self._task is not None:
            await self._task
        self._sock.close()
