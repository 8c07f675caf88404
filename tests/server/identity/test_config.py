"""``--identity-config``: BankID, OpenID providers and the staff directory; the password from the env."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.room_types import RoomType
from server.__main__ import parse_args
from server.identity.config import PASSWORD_ENV, SMTP_PASSWORD_ENV, SMTP_USERNAME_ENV


def test_identity_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "staff.txt").write_text("197001011234\n\n198001011234\n")
    config = {
        "bankid": {"base_url": "https://127.0.0.1:1/rp/v6.0", "pkcs12_path": "p12", "ca_pem_path": "ca"},
        "oidc": [{"provider_id": "helseid", "issuer": "https://x", "client_id": "c", "hpr_claim": "hpr"}],
        "staff_ids_file": str(tmp_path / "staff.txt"),
    }
    path = tmp_path / "identity.json"
    path.write_text(json.dumps(config))
    monkeypatch.setenv(PASSWORD_ENV, "p12-secret-pw")
    settings = parse_args(["--dev", "--identity-config", str(path)])
    assert settings.bankid is not None and settings.bankid.pkcs12_password.reveal() == "p12-secret-pw"
    assert "p12-secret-pw" not in repr(settings)
    assert [p.provider_id for p in settings.oidc_providers] == ["helseid"]
    assert settings.staff_ids == {"197001011234", "198001011234"}
    monkeypatch.delenv(PASSWORD_ENV)
    with pytest.raises(SystemExit, match=PASSWORD_ENV):
        parse_args(["--dev", "--identity-config", str(path)])
    assert parse_args(["--dev"]).bankid is None


def test_provider_display_names_and_the_guardianship_simulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = {
        "oidc": [
            {"provider_id": "helseid", "issuer": "https://x", "client_id": "c", "display_name": "HelseID"},
            {
                "provider_id": "idporten",
                "issuer": "https://y",
                "client_id": "c",
                "display_name": {"nb": "ID-porten", "sv": "ID-porten (Norge)"},
            },
        ],
        "guardianship_simulator_file": "families.json",
    }
    path = tmp_path / "identity.json"
    path.write_text(json.dumps(config))
    monkeypatch.setenv("SAMTALE_IDENTITY_KEY", "a-stable-pseudonym-key")
    settings = parse_args(["--dev", "--identity-config", str(path)])
    assert [p.display_name for p in settings.oidc_providers] == [
        (("en", "HelseID"),),
        (("nb", "ID-porten"), ("sv", "ID-porten (Norge)")),
    ]
    assert settings.guardianship_simulator_file == "families.json"
    assert settings.identity_key is not None and settings.identity_key.reveal() == "a-stable-pseudonym-key"
    assert "a-stable-pseudonym-key" not in repr(settings)


def test_email_sign_in_and_consent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = {
        "email": {
            "host": "smtp.region.example",
            "port": 587,
            "sender": "samtale@region.example",
            "room_types": ["personal", "admin_small"],
        },
        "consent": {"nb": "Jeg samtykker.", "sv": "Jag samtycker.", "en": "I agree."},
    }
    path = tmp_path / "identity.json"
    path.write_text(json.dumps(config))
    monkeypatch.setenv(SMTP_USERNAME_ENV, "relay-user")
    monkeypatch.setenv(SMTP_PASSWORD_ENV, "relay-secret-pw")
    settings = parse_args(["--dev", "--identity-config", str(path)])
    email = settings.email_login
    assert email is not None and (email.host, email.port, email.security) == (
        "smtp.region.example",
        587,
        "starttls",
    )
    assert email.username == "relay-user" and email.password is not None
    assert email.password.reveal() == "relay-secret-pw" and "relay-secret-pw" not in repr(settings)
    assert email.room_types == {RoomType.PERSONAL, RoomType.ADMIN_SMALL}
    assert settings.consent is not None and dict(settings.consent.texts)["sv"] == "Jag samtycker."
    for bad in ({"security": "none"}, {"security": "ssl"}, {"room_types": ["lounge"]}):
        path.write_text(json.dumps({"email": {**config["email"], **bad}}))
        with pytest.raises(SystemExit):
            parse_args(["--dev", "--identity-config", str(path)])
    assert parse_args(["--dev"]).email_login is None
