"""Routes of the guest page: the page at ``/join/<code>``, its files under ``/guest/``, and
``/guest/deployment.json`` (what the page shows that the deployment decides)."""

from __future__ import annotations

import io
from pathlib import Path

import segno
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.links import LinkError, join_target
from app.core.protocol import to_json
from server.identity.bankid_logins import BankIdLogins
from server.rooms.admission import consent_info
from server.services import services_of

STATIC = Path(__file__).with_name("static")
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
# The page's own files, and nothing else: no directory listing, no path from the request.
FILES = frozenset(
    {
        "guest.js",
        "page.js",
        "incall.js",
        "i18n.js",
        "signaling.js",
        "checks.js",
        "call.js",
        "email.js",
        "resume.js",
        "eid.js",
        "words_eid.js",
        "guest.css",
    }
)

# Same origin only; no inline script; media from the page's own streams; never framed.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; media-src 'self' blob: mediastream:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "no-referrer",  # the join code is in the address
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(self), microphone=(self), geolocation=()",
    "Cache-Control": "no-cache",
}


async def join_page(request: Request) -> Response:
    """The page for any join address; a code or address that cannot be one answers 404 (same page,
    which says so in the browser's language)."""
    try:
        join_target(request.path_params["target"])
        status = 200
    except LinkError:
        status = 404
    return FileResponse(STATIC / "index.html", status_code=status, headers=HEADERS, media_type="text/html")


async def oidc_return(request: Request) -> Response:
    """Where an OpenID provider sends the person back (``?code=…&state=…``): the same page, which
    takes the code out of the address at once and finishes the sign-in."""
    headers = {**HEADERS, "Cache-Control": "no-store"}
    return FileResponse(STATIC / "index.html", headers=headers, media_type="text/html")


async def bankid_qr(request: Request) -> Response:
    """This moment's BankID QR code of a pending login, drawn as SVG for the page (no-store)."""
    logins: BankIdLogins | None = request.app.state.identity.bankid  # the IdentityBroker's
    data = logins.qr(request.path_params["login_id"]) if logins is not None else None
    if data is None:
        return Response(status_code=404, headers=HEADERS)
    svg = io.BytesIO()
    segno.make(data, error="l").save(svg, kind="svg", scale=8, border=4, xmldecl=False, svgns=True)
    return Response(
        svg.getvalue(), media_type="image/svg+xml", headers={**HEADERS, "Cache-Control": "no-store"}
    )


async def static_file(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in FILES:
        return Response(status_code=404, headers=HEADERS)
    path = STATIC / name
    return FileResponse(path, headers=HEADERS, media_type=_TYPES[path.suffix])


async def deployment(request: Request) -> Response:
    """Public facts the page needs: the emergency notice, the page offered after a call, the consent
    asked before knocking (texts per language and the version the audit log records; null: none), and
    the reconnect grace time (within it a reloaded page takes its place back)."""
    settings = services_of(request).settings
    consent = to_json(consent_info(settings)) if settings.consent is not None else None
    facts = {
        "emergency": settings.emergency.to_json(),
        "after_call_url": settings.after_call_url,
        "consent": consent,
        "reconnect_grace_s": settings.reconnect_grace_s,
    }
    return JSONResponse(facts, headers=HEADERS)


def routes() -> list[BaseRoute]:
    return [
        Route("/join/{target:str}", join_page, methods=["GET"]),
        Route("/guest/deployment.json", deployment, methods=["GET"]),
        Route("/guest/return", oidc_return, methods=["GET"]),
        Route("/guest/bankid/{login_id:str}/qr.svg", bankid_qr, methods=["GET"]),
        Route("/guest/{name:str}", static_file, methods=["GET"]),
    ]
