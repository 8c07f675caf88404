"""Languages: chosen from the locale, loaded from .ts (or .qm), switched live, complete for nb and sv."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.core.errors import ErrorCode
from app.core.protocol import Role
from app.ui import messages
from app.ui.i18n import LANGUAGES, Translations, language_for_locale, load_translator
from app.ui.login.login_page import LoginPage
from app.ui.ts_translator import TsTranslator, read_ts
from tests.ui.conftest import TRANSLATIONS
from tests.ui.test_bridge import patient

REPO = TRANSLATIONS.parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway), "nb"),
        (QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway), "nb"),
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Finland), "sv"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    ],
)
def test_language_follows_the_locale(locale, expected):
    assert language_for_locale(locale) == expected


def test_switching_language_retranslates_open_pages_live(qtbot, translations):
    bridge, _fake = patient()
    page = LoginPage(bridge, Role.PATIENT)
    qtbot.addWidget(page)
    assert page.primary.text() == "Sign in"
    translations.switch("nb")
    qtbot.waitUntil(lambda: page.primary.text() == "Logg inn")
    assert page.heading.text() == "Velkommen til Samtale"
    assert page.banner.text().startswith("TESTIDENTITET")
    translations.switch("sv")
    qtbot.waitUntil(lambda: page.primary.text() == "Logga in")
    assert messages.error_text(ErrorCode.NOT_FOUND).startswith("Vi hittade inget besök")
    translations.switch("en")
    qtbot.waitUntil(lambda: page.primary.text() == "Sign in")
    assert translations.language == "en"


def test_unknown_language_is_refused(translations):
    with pytest.raises(ValueError, match="unsupported"):
        translations.switch("de")


@pytest.mark.parametrize("language", ["nb", "sv"])
def test_every_string_is_translated_and_keeps_its_placeholders(language):
    _lang, found = read_ts(TRANSLATIONS / f"samtale_{language}.ts")
    _lang, english = read_ts_all(TRANSLATIONS / f"samtale_{language}.ts")
    assert set(found) == set(english), "unfinished translations"
    for (_context, source, _comment), forms in found.items():
        for form in forms:
            assert sorted(re.findall(r"\{\w+\}", form)) == sorted(re.findall(r"\{\w+\}", source)), source


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_every_plural_has_its_forms_in_every_language(language):
    """Numerus entries need both forms, English too: the source "%n minute(s)" is never shown."""
    root = ET.parse(TRANSLATIONS / f"samtale_{language}.ts").getroot()
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plurals, "no plural strings found: are counts passed to tr()?"
    for message in plurals:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", message.findtext("source")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def read_ts_all(path: Path) -> tuple[str, dict[tuple[str, str, str], str]]:
    root = ET.parse(path).getroot()
    out = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name", ""),
                message.findtext("source", ""),
                message.findtext("comment", ""),
            )
            out[key] = ""
    return root.get("language", ""), out


def test_ts_files_are_up_to_date_with_the_sources(tmp_path):
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.fail("pyside6-lupdate is missing from the environment")
    sources = sorted(str(p) for p in (REPO / "app" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        copy = tmp_path / f"samtale_{language}.ts"
        shutil.copy(TRANSLATIONS / f"samtale_{language}.ts", copy)
        out = subprocess.run(
            [str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "0 new" in out.stdout, f"run pyside6-lupdate for {language}: {out.stdout}"
        assert set(read_ts_all(copy)[1]) == set(read_ts_all(TRANSLATIONS / copy.name)[1])


def test_compiled_qm_is_preferred_and_agrees_with_the_ts_loader(tmp_path, qapp):
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.fail("pyside6-lrelease is missing from the environment")
    shutil.copy(TRANSLATIONS / "samtale_nb.ts", tmp_path / "samtale_nb.ts")
    from_ts = load_translator(tmp_path, "nb")
    assert isinstance(from_ts, TsTranslator)
    subprocess.run(
        [str(lrelease), str(tmp_path / "samtale_nb.ts"), "-qm", str(tmp_path / "samtale_nb.qm")],
        capture_output=True,
        check=True,
    )
    from_qm = load_translator(tmp_path, "nb")
    assert from_qm is not None
    assert not isinstance(from_qm, TsTranslator)
    for context, source in [
        ("LoginPage", "Sign in"),
        ("messages", "Something went wrong. Please try again."),
    ]:
        assert from_qm.translate(context, source) == from_ts.translate(context, source)


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_ts_loader_picks_plural_forms_as_qt_does(tmp_path, qapp, language):
    """TsTranslator against lrelease's .qm and the real QTranslator, for every plural string."""
    lrelease = BIN / "pyside6-lrelease"
    ts = TRANSLATIONS / f"samtale_{language}.ts"
    qm = tmp_path / f"samtale_{language}.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], capture_output=True, check=True)
    real = QTranslator()
    assert real.load(str(qm))
    ours = TsTranslator(ts)
    root = ET.parse(ts).getroot()
    plurals = [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]
    assert plurals
    for context, source in plurals:
        for n in (-5, -1, 0, 1, 2, 5, 21, 101):
            assert ours.translate(context, source, None, n) == real.translate(context, source, None, n), (
                source,
                n,
            )
        for translator in (real, ours):  # through the application, as the pages call it
            QCoreApplication.installTranslator(translator)
            try:
                one = QCoreApplication.translate(context, source, None, 1)
                many = [QCoreApplication.translate(context, source, None, n) for n in (0, 2, 5, 21)]
            finally:
                QCoreApplication.removeTranslator(translator)
            assert "(s)" not in one and all("(s)" not in text for text in many), source


def test_english_loads_only_its_plural_forms_and_missing_files_fall_back_to_english(tmp_path, qapp):
    english = load_translator(TRANSLATIONS, "en")
    assert isinstance(english, TsTranslator)
    assert english.translate("LoginPage", "Sign in") is None  # English is the source: Qt shows it
    assert english.translate("Counts", "%n minute(s)", None, 1) == "%n minute"
    assert load_translator(tmp_path, "en") is None
    assert load_translator(tmp_path, "sv") is None
    tr = Translations(tmp_path)
    tr.switch("sv")
    assert QCoreApplication.translate("LoginPage", "Sign in") == "Sign in"
    tr.switch("en")
