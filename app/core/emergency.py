"""The emergency notice a deployment shows a waiting patient ("Is it urgent? Call 113").

Standard library only. A deployment names its region (``"no"``, ``"se"``), whose notice the clients
word in each language themselves (``app/ui/messages.py``, the guest page's ``i18n.js``), or gives its
own text per language (``{"nb": "…", "sv": "…", "en": "…"}``). Without either the general notice is
shown (Samtale is not for emergencies: call 112). It is never hidden by the queue display.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

REGIONS = ("no", "se")  # Norway: 113 / legevakt 116 117; Sweden: 112 / 1177
LANGUAGES = ("nb", "sv", "en")
MAX_TEXT = 300


class EmergencyConfigError(ValueError):
    """An emergency notice in a deployment's configuration that cannot be used (a sentence for admins)."""


@dataclass(frozen=True, slots=True)
class EmergencyNotice:
    region: str | None = None  # one of REGIONS; None: the general notice
    texts: Mapping[str, str] = field(default_factory=dict)  # the deployment's own words, per language

    def text_for(self, language: str) -> str | None:
        """The deployment's own text in ``language`` (else English, else any); None: word the region."""
        for lang in (language, "en", *sorted(self.texts)):
            if lang in self.texts:
                return self.texts[lang]
        return None

    def to_json(self) -> dict[str, object]:
        return {"region": self.region, "texts": dict(self.texts)}


def parse_emergency(value: object) -> EmergencyNotice:
    """``"no"``, ``"se"``, ``{"nb": …, "sv": …, "en": …}``, or None; raises ``EmergencyConfigError``."""
    if value is None:
        return EmergencyNotice()
    if isinstance(value, str):
        region = value.strip().lower()
        if region not in REGIONS:
            raise EmergencyConfigError(f"The emergency notice must be one of {', '.join(REGIONS)}: {value!r}")
        return EmergencyNotice(region=region)
    if isinstance(value, dict) and value:
        texts: dict[str, str] = {}
        for lang, text in value.items():
            if lang not in LANGUAGES or not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
                raise EmergencyConfigError(
                    f"The emergency notice needs a text of 1–{MAX_TEXT} characters for each of "
                    f"{', '.join(LANGUAGES)}: {lang!r}"
                )
            texts[lang] = text.strip()
        return EmergencyNotice(texts=texts)
    raise EmergencyConfigError(f'The emergency notice must be "no", "se" or texts per language: {value!r}')
