"""REST client for the service (login and rooms), over an injectable httpx transport."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar
from urllib.parse import quote

import httpx

from app.core.errors import ErrorCode
from app.core.protocol import (
    API_PREFIX,
    CreateRoomRequest,
    LoginResponse,
    Role,
    RoomInfo,
    RoomList,
    RoomSummary,
    RoomTypeInfo,
    RoomTypes,
    StandingRoomRequest,
    TestLoginRequest,
    to_json,
)
from app.core.protocol.rest import ConsentInfo
from app.core.room_types import ROOM_RULES, MediaRoute, RoomType
from app.session.errors import SessionError
from app.session.http_answers import decode, refusal

T = TypeVar("T")


class TokenRenewer(Protocol):
    """Renews the access token (``app.session.auth.token_keeper.TokenKeeper``)."""

    async def renew(self) -> str: ...

    async def close(self) -> None: ...


class ServiceApi:
    """Calls the service's v1 REST endpoints; every failure becomes ``SessionError(code)``."""

    def __init__(
        self, base_url: str, *, transport: httpx.AsyncBaseTransport | None = None, timeout: float = 10.0
    ) -> None:
        self._client = httpx.AsyncClient(base_url=base_url, transport=transport, timeout=timeout)
        self._token: str | None = None
        self._renewer: TokenRenewer | None = None

    @property
    def token(self) -> str | None:
        return self._token

    def use_token(self, token: str | None) -> None:
        """Use this access token from now on (a login, a resumed session, or a renewal)."""
        self._token = token

    async def renew_token(self) -> None:
        """Renew the access token now (the service said it expired); ``TOKEN_EXPIRED`` if nobody can."""
        if self._renewer is None:
            raise SessionError(ErrorCode.TOKEN_EXPIRED, "no refresh token to renew with")
        await self._renewer.renew()  # sets the new token through use_token; raises if refused

    def keep_fresh(self, renewer: TokenRenewer) -> None:
        """Let ``renewer`` renew the token when the service says it expired; closed with this client."""
        self._renewer = renewer

    def ws_url(self) -> str:
        """The WebSocket endpoint that belongs to this service."""
        url = self._client.base_url
        scheme = "wss" if url.scheme == "https" else "ws"
        return str(url.copy_with(scheme=scheme, path=f"{API_PREFIX}/ws"))

    async def login_test(self, name: str, role: Role) -> LoginResponse:
        body = to_json(TestLoginRequest(name=name, role=role))
        login = await self._call("POST", "/auth/test", LoginResponse, json=body)
        self.use_token(login.access_token)
        return login

    async def create_room(
        self,
        title: str = "",
        room_type: RoomType = RoomType.PERSONAL,
        host_pin: str | None = None,
        guest_pin: str | None = None,
    ) -> RoomInfo:
        body = CreateRoomRequest(title=title, room_type=room_type, host_pin=host_pin, guest_pin=guest_pin)
        return await self._call("POST", "/rooms", RoomInfo, json=to_json(body))

    async def list_rooms(self) -> list[RoomSummary]:
        """The clinician's open rooms (the standing room first), with who waits in each."""
        return (await self._call("GET", "/rooms", RoomList)).rooms

    async def close_room(self, room_id: str) -> None:
        """Close one of the clinician's rooms for good; everyone in it is told."""
        await self._send("POST", f"/rooms/{quote(room_id, safe='')}/close")

    async def keep_standing_room(self, address: str, title: str = "") -> RoomSummary:
        """Create, readdress or reopen the clinician's standing personal room."""
        body = to_json(StandingRoomRequest(address=address, title=title))
        return await self._call("PUT", "/me/room", RoomSummary, json=body)

    async def room_types(self) -> list[RoomTypeInfo]:
        """The room types this service can hold (without a media server, the peer-to-peer ones only).
        An older service that does not say: the peer-to-peer types, the only ones it carries."""
        try:
            return (await self._call("GET", "/room-types", RoomTypes)).room_types
        except SessionError as exc:
            if exc.code is not ErrorCode.NOT_FOUND:
                raise
        return [
            RoomTypeInfo(t, r.min_participants, r.max_participants, r.media)
            for t, r in ROOM_RULES.items()
            if r.media is MediaRoute.P2P
        ]

    async def room_by_code(self, code: str) -> RoomInfo:
        cleaned = "".join(ch for ch in code if ch.isalnum())
        if not cleaned or len(cleaned) > 32:
            raise SessionError(ErrorCode.NOT_FOUND, "empty or overlong code")
        return await self._call("GET", f"/rooms/{cleaned}", RoomInfo)

    async def consent(self) -> ConsentInfo:
        """The consent the deployment asks for before knocking; an older service asks none."""
        try:
            return await self._call("GET", "/consent", ConsentInfo)
        except SessionError as exc:
            if exc.code is ErrorCode.NOT_FOUND:
                return ConsentInfo(required=False)
            raise

    async def get_json(self, path: str) -> Any:
        """GET any v1 path with the bearer token (used for dev-mode state checks)."""
        response = await self._send("GET", path)
        return response.json()

    async def _call(self, method: str, path: str, result: type[T], **kwargs: Any) -> T:
        return decode(result, await self._send(method, path, **kwargs))

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = await self._request(method, path, **kwargs)
        if (
            response.is_error
            and self._renewer is not None
            and refusal(response)[0] is ErrorCode.TOKEN_EXPIRED
        ):
            await self._renewer.renew()  # sets the new token through use_token; raises if refused
            response = await self._request(method, path, **kwargs)
        if response.is_error:
            raise SessionError(refusal(response)[0], f"HTTP {response.status_code}")
        return response

    async def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            return await self._client.request(method, f"{API_PREFIX}{path}", headers=headers, **kwargs)
        except httpx.HTTPError as exc:
            raise SessionError(ErrorCode.SERVICE_UNREACHABLE, type(exc).__name__) from exc

    async def forget_login(self) -> None:
        """Sign out here: drop the access token and stop renewing it (the client stays usable)."""
        renewer, self._renewer = self._renewer, None
        self._token = None
        if renewer is not None:
            await renewer.close()

    async def close(self) -> None:
        """Close the client and the token renewer; safe to call more than once."""
        renewer, self._renewer = self._renewer, None
        if renewer is not None:
            await renewer.close()
        await self._client.aclose()
