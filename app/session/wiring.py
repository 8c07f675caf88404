"""How a consultation gets its signaling connection: the factory type and the real one.

The composition root (``app.main.calls``) passes ``real_signaling`` and a ``ServiceApi``; a test can
pass a factory that makes something else that speaks the same protocol.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.protocol import ServerMessage
from app.session.api import ServiceApi
from app.session.backoff import Backoff
from app.session.signaling import SignalingClient

# (api, on_message, on_connection) -> a client whose start() connects and authenticates
SignalingFactory = Callable[
    [ServiceApi, Callable[[ServerMessage], None], Callable[[bool], None]], SignalingClient
]

RECONNECT_MAX_S = 2.0  # a call's media repair waits for the signaling: after an outage, try often
RECONNECT_OPEN_S = 3.0  # and do not sit on an attempt whose packets were lost while the network was down


def real_signaling(
    api: ServiceApi, on_message: Callable[[ServerMessage], None], on_connection: Callable[[bool], None]
) -> SignalingClient:
    """The WebSocket to the service at ``api``'s address, authenticated with its token."""
    return SignalingClient(
        api.ws_url(),
        lambda: api.token or "",
        on_message,
        on_connection,
        backoff=Backoff(maximum=RECONNECT_MAX_S),
        reconnect_timeout=RECONNECT_OPEN_S,
        renew=api.renew_token,  # a token that expired during an outage is renewed, not final
    )
