"""The dev-mode test identity: anyone may log in as a named test person (never a real identity)."""

from __future__ import annotations

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import LoginResponse, TestLoginRequest
from server.identity.tokens import TokenService
from server.store import Repository


def login_test_person(repo: Repository, tokens: TokenService, request: TestLoginRequest) -> LoginResponse:
    """Find or create the test person and issue a token; blocking (run it in a worker thread)."""
    name = " ".join(request.name.split())
    if not name:
        raise ProtocolError(ErrorCode.BAD_MESSAGE, "name: must not be empty")
    user = repo.test_user(name, request.role)
    return LoginResponse(access_token=tokens.issue(user.user_id), expires_in=tokens.ttl_s, user=user.info())
