"""BankID's recommended user messages (RFA codes) as translated sentences, in the words BankID suggests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.protocol.models import BankIdMessage

translate = QCoreApplication.translate
M = BankIdMessage


def bankid_message_text(code: BankIdMessage | str) -> str:
    """The sentence for an RFA code; an unknown code gets RFA22's (unknown error)."""
    searching = translate(
        "bankid",
        "Searching for BankID, it may take a little while. If a few seconds have passed and still no "
        "BankID has been found, you probably don't have a BankID which can be used for this "
        "identification on this device. If you don't have a BankID you can get one from your bank.",
    )
    start = translate("bankid", "Start your BankID app.")
    which = translate(
        "bankid", "Would you like to identify yourself with BankID on this device or on another device?"
    )
    texts: dict[str, str] = {
        M.RFA1: start,
        M.RFA2: translate("bankid", "The BankID app is not installed. Please contact your bank."),
        M.RFA3: translate("bankid", "Action cancelled. Please try again."),
        M.RFA4: translate(
            "bankid",
            "An identification or signing for this personal number is already started. Please try again.",
        ),
        M.RFA5: translate("bankid", "Internal error. Please try again."),
        M.RFA6: translate("bankid", "Action cancelled."),
        M.RFA8: translate(
            "bankid",
            "The BankID app is not responding. Please check that it is started and that you have "
            "internet access. If you don't have a valid BankID you can get one from your bank. Try again.",
        ),
        M.RFA9: translate("bankid", "Enter your security code in the BankID app and select Identify."),
        M.RFA13: translate("bankid", "Trying to start your BankID app."),
        M.RFA14: searching,
        M.RFA15: searching,
        M.RFA16: translate(
            "bankid",
            "The BankID you are trying to use is blocked or too old. Please use another BankID or get a "
            "new one from your bank.",
        ),
        M.RFA17: translate(
            "bankid",
            "Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the "
            "BankID app is up to date. If you don't have the BankID app, you need to install it and get "
            "a BankID from your bank.",
        ),
        M.RFA18: start,
        M.RFA19: which,
        M.RFA20: which,
        M.RFA21: translate("bankid", "Identification in progress."),
        M.RFA23: translate("bankid", "Process your machine-readable travel document using the BankID app."),
    }
    return texts.get(str(code), translate("bankid", "Unknown error. Please try again."))
