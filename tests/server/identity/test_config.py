"""``--identity-config``: BankID, OpenID providers and the staff directory; the password from the env."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from server.__main__ import parse_args
from server.identity.config import PASSWORD_ENV


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
