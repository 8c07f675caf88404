"""Test PKI made at test time: a CA for the simulated BankID server, a CA for RPs, and a PKCS#12 RP cert."""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PKCS12_PASSWORD = "qwerty123"  # BankID's test RP certificate uses this password too


@dataclass(frozen=True)
class SimPki:
    """Paths of the PEM and PKCS#12 files in a temporary directory."""

    server_ca: Path  # "BankID's" CA: the RP pins it
    server_cert: Path
    server_key: Path
    rp_ca: Path  # the CA the simulator trusts for client certificates
    rp_p12: Path
    other_ca: Path  # a CA nobody should trust (for the pinning test)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: str,
    issuer_key: ec.EllipticCurvePrivateKey,
    ca: bool,
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    else:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def make_pki(directory: Path) -> SimPki:
    """Generate every key and certificate the BankID simulator tests need."""
    keys = {n: ec.generate_private_key(ec.SECP256R1()) for n in ("sca", "srv", "rca", "rp", "oca")}
    server_ca = _cert(
        "Simulated BankID SSL Root CA", keys["sca"], "Simulated BankID SSL Root CA", keys["sca"], True
    )
    server = _cert(
        "simulated-appapi.bankid.test", keys["srv"], "Simulated BankID SSL Root CA", keys["sca"], False
    )
    rp_ca = _cert("Simulated BankID RP CA", keys["rca"], "Simulated BankID RP CA", keys["rca"], True)
    rp = _cert("Samtale test RP", keys["rp"], "Simulated BankID RP CA", keys["rca"], False)
    other_ca = _cert("Some other CA", keys["oca"], "Some other CA", keys["oca"], True)
    pki = SimPki(
        server_ca=directory / "server-ca.pem",
        server_cert=directory / "server.pem",
        server_key=directory / "server-key.pem",
        rp_ca=directory / "rp-ca.pem",
        rp_p12=directory / "rp.p12",
        other_ca=directory / "other-ca.pem",
    )
    pki.server_ca.write_bytes(_pem(server_ca))
    pki.server_cert.write_bytes(_pem(server))
    pki.server_key.write_bytes(
        keys["srv"].private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    pki.rp_ca.write_bytes(_pem(rp_ca))
    pki.other_ca.write_bytes(_pem(other_ca))
    pki.rp_p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"rp", keys["rp"], rp, [rp_ca], serialization.BestAvailableEncryption(PKCS12_PASSWORD.encode())
        )
    )
    return pki
