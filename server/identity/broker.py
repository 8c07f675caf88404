"""The identity broker of one service instance: providers, staff directory, access and refresh tokens."""

from __future__ import annotations

import logging
from typing import cast

from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import LoginResponse, UserInfo, Verification
from app.core.protocol.rest import AuthProviders, OidcProviderInfo
from server.edge.client_limits import ClientLimits, Limits
from server.edge.sessions import Sessions
from server.identity.acting import ActingForChildren
from server.identity.bankid_client import BankIdClient, CompletedUser
from server.identity.bankid_logins import BankIdLogins
from server.identity.email_codes import EmailCodes, Send
from server.identity.guardianship import SimulatedGuardianshipDirectory
from server.identity.mailer import SmtpMailer
from server.identity.oidc_verify import OidcVerifier
from server.identity.oidc_web import OidcWebFlow
from server.identity.people import StaffDirectory, VerifiedPerson, store_person
from server.identity.refresh import RefreshTokens
from server.identity.tokens import TokenService
from server.settings import Secret, ServiceSettings
from server.store import Repository

log = logging.getLogger(__name__)


class IdentityBroker:
    """Everything identity needs at run time; ``close()`` ends running BankID orders (idempotent)."""

    def __init__(
        self,
        settings: ServiceSettings,
        repo: Repository,
        tokens: TokenService,
        bankid_client: BankIdClient | None = None,
        sessions: Sessions | None = None,
        limits: Limits | None = None,
        send_mail: Send | None = None,
    ) -> None:
        self.settings = settings
        self._repo = repo
        self._tokens = tokens
        self._key: Secret = settings.identity_key or settings.token_secret  # keys the pseudonyms
        self.staff = StaffDirectory(settings.staff_ids)
        self.sessions = sessions or Sessions(settings.token_ttl_s)
        self.refresh = RefreshTokens(repo, settings.refresh_ttl_s, on_revoke=self.sessions.revoke)
        self.oidc = OidcVerifier(settings.oidc_providers)
        self.oidc_web = OidcWebFlow(settings.oidc_providers)  # the guest page's redirect flow
        self.acting: ActingForChildren | None = None
        if settings.guardianship_simulator_file is not None:
            directory = SimulatedGuardianshipDirectory.from_file(settings.guardianship_simulator_file)
            self.acting = ActingForChildren(repo, self._key, directory)
        self.email: EmailCodes | None = None
        if settings.email_login is not None:
            if send_mail is None:
                send_mail = SmtpMailer(settings.email_login).send
            self.email = EmailCodes(
                self._key, settings.email_login.code_ttl_s, send_mail, limits or ClientLimits(), repo
            )
        self.bankid: BankIdLogins | None = None
        self._bankid_client = bankid_client
        if settings.bankid is not None:
            if self._bankid_client is None:
                self._bankid_client = BankIdClient(settings.bankid)
            self.bankid = BankIdLogins(
                self._bankid_client,
                self._bankid_complete,
                interval_s=settings.bankid.collect_interval_s,
                abandon_after_s=settings.bankid.abandon_after_s,
            )

    def providers(self) -> AuthProviders:
        infos = [
            OidcProviderInfo(
                provider_id=p.provider_id,
                issuer=p.issuer,
                client_id=p.client_id,
                scopes=list(p.scopes),
                acr_values=[p.min_acr] if p.min_acr else [],
                display_name=dict(p.display_name),
            )
            for p in self.settings.oidc_providers
        ]
        return AuthProviders(
            bankid_se=self.bankid is not None,
            oidc=infos,
            test=self.settings.dev_mode,
            email=self.email is not None,
            email_code_ttl_s=int(email.code_ttl_s) if (email := self.settings.email_login) else None,
        )

    async def login(self, person: VerifiedPerson) -> LoginResponse:
        """Store the person with the role the staff directory gives, and issue both tokens."""
        role = self.staff.role_of(person)
        user = await run_in_threadpool(store_person, self._repo, self._key, role, person)
        log.info("login verified_by=%s role=%s", person.verified_by.value, role.value)
        family, refresh_token = await run_in_threadpool(self.refresh.issue_family, user.user_id)
        return LoginResponse(
            access_token=self._tokens.issue(user.user_id, family),
            expires_in=self._tokens.ttl_s,
            user=user.info(),
            refresh_token=refresh_token,
        )

    async def email_login(self, address: str, code: str, client: str) -> LoginResponse:
        """Spend the e-mail code and log in as that address: always a patient, at the e-mail level."""
        if self.email is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "e-mail sign-in is not offered here")
        address, name = await self.email.redeem(address, code, client)
        return await self.login(VerifiedPerson(Secret("email:" + address), name, Verification.EMAIL))

    async def refreshed(self, refresh_token: str) -> LoginResponse:
        """Rotate the refresh token and issue a new access token for the same person."""
        rotated = await run_in_threadpool(self.refresh.rotate, refresh_token)
        record = await run_in_threadpool(self._repo.user, rotated.user_id)
        if record is None:
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "unknown user")
        return LoginResponse(
            access_token=self._tokens.issue(rotated.user_id, rotated.family_id),
            expires_in=self._tokens.ttl_s,
            user=record.info(),
            refresh_token=rotated.token,
        )

    async def act_for(self, guardian: UserInfo, child_number: str) -> LoginResponse:
        """Tokens for the guardian acting for the child; the refresh family records the guardian as actor."""
        if self.acting is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "acting for a child is not offered here")
        child_id, child_name = await self.acting.check(guardian, child_number)
        user = await run_in_threadpool(self.acting.record, guardian, child_id, child_name)
        family, refresh_token = await run_in_threadpool(
            self.refresh.issue_family, user.user_id, guardian.user_id
        )
        return LoginResponse(
            access_token=self._tokens.issue(user.user_id, family),
            expires_in=self._tokens.ttl_s,
            user=user.info(),
            refresh_token=refresh_token,
        )

    async def guardian_name(self, user_id: str) -> str | None:
        """The name of the guardian acting in this session, if a guardian acts for a child."""
        if self.acting is None:
            return None
        return await run_in_threadpool(self.acting.guardian_name, user_id)

    async def load_revocations(self) -> int:
        """Refuse every login revoked (at any instance) while its access tokens may still run: at
        start, and when Redis is back (announcements made meanwhile were missed). How many."""
        families = await run_in_threadpool(self.refresh.revoked_within, self.settings.token_ttl_s)
        for family in families:
            self.sessions.revoke(family, announce=False)
        if families:
            log.info("revoked logins loaded count=%d", len(families))
        return len(families)

    async def logout(self, refresh_token: str) -> None:
        """Revoke the refresh token's family."""
        await run_in_threadpool(self.refresh.revoke, refresh_token)

    async def _bankid_complete(self, user: CompletedUser) -> LoginResponse:
        return await self.login(VerifiedPerson(user.personal_number, user.name, Verification.BANKID_SE))

    async def close(self) -> None:
        if self.bankid is not None:
            await self.bankid.close()
        if self._bankid_client is not None:
            await self._bankid_client.close()


def broker_of(connection: HTTPConnection) -> IdentityBroker:
    """The broker of the instance serving this request."""
    return cast(IdentityBroker, connection.app.state.identity)
