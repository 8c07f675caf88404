"""The sign-in code e-mail in the patient's language (nb, sv, en); the service's only mail."""

from __future__ import annotations

_TEXTS = {
    "nb": (
        "Samtale: koden din for innlogging",
        "Koden din for å logge inn i Samtale er {code}.\n\n"
        "Den gjelder i {minutes} minutter og kan brukes én gang.\n"
        "Har du ikke bedt om en kode, kan du se bort fra denne e-posten.\n",
    ),
    "sv": (
        "Samtale: din kod för inloggning",
        "Din kod för att logga in i Samtale är {code}.\n\n"
        "Den gäller i {minutes} minuter och kan användas en gång.\n"
        "Har du inte bett om en kod kan du bortse från det här mejlet.\n",
    ),
    "en": (
        "Samtale: your sign-in code",
        "Your code to sign in to Samtale is {code}.\n\n"
        "It is valid for {minutes} minutes and can be used once.\n"
        "If you did not ask for a code, you can ignore this e-mail.\n",
    ),
}


def code_mail(language: str, code: str, minutes: int) -> tuple[str, str]:
    """(subject, body) in ``language``, English for any other."""
    subject, body = _TEXTS.get(language.split("-")[0].lower(), _TEXTS["en"])
    return subject.format(code=code), body.format(code=code, minutes=max(1, minutes))
