"""The identity fixtures (test PKI, BankID simulator) shared with the service tests."""

from tests.server.identity.conftest import pki, sim

__all__ = ["pki", "sim"]
