"""scripts/update_translations.py: pending lines fill plain and plural entries; unfinished ones fail."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""
MINUTES = "%n minute(s)\t%n minutt|%n minutter\t%n minut|%n minuter\t%n minute|%n minutes\n"
LESS = "Waiting less than a minute\tHar ventet under ett minutt\tHar väntat mindre än en minut\n"


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for lang in ("nb", "sv", "en"):
        (tmp_path / f"samtale_{lang}.ts").write_text(TS.format(lang=lang), encoding="utf-8")
    (tmp_path / "pending").mkdir()
    return tmp_path


def forms(path: Path, source: str) -> tuple[str | None, list[str]]:
    for message in ET.parse(path).getroot().iter("message"):
        if message.findtext("source") == source:
            translation = message.find("translation")
            assert translation is not None
            texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            return translation.get("type"), texts
    raise AssertionError(source)


def test_plural_forms_fill_numerus_entries_in_nb_sv_and_en(script, files) -> None:
    (files / "pending" / "plurals.tsv").write_text(MINUTES + LESS, encoding="utf-8")
    pending = script.read_pending(files / "pending")
    assert script.fill(pending, files) == []
    assert forms(files / "samtale_nb.ts", "%n minute(s)") == (None, ["%n minutt", "%n minutter"])
    assert forms(files / "samtale_sv.ts", "%n minute(s)") == (None, ["%n minut", "%n minuter"])
    assert forms(files / "samtale_en.ts", "%n minute(s)") == (None, ["%n minute", "%n minutes"])
    assert forms(files / "samtale_nb.ts", "Waiting less than a minute") == (
        None,
        ["Har ventet under ett minutt"],
    )
    # English plain strings stay the source: untouched, and not counted as untranslated.
    assert forms(files / "samtale_en.ts", "Waiting less than a minute") == ("unfinished", [""])
    assert pending.unused_by_file() == {files / "pending" / "plurals.tsv": []}


def test_unfinished_plurals_fail_in_every_language_english_too(script, files) -> None:
    (files / "pending" / "a.tsv").write_text(LESS, encoding="utf-8")
    missing = script.fill(script.read_pending(files / "pending"), files)
    assert missing == [
        "nb: %n minute(s) (plural)",
        "sv: %n minute(s) (plural)",
        "en: %n minute(s) (plural)",
    ]


def test_a_plural_line_without_english_forms_leaves_english_untranslated(script, files) -> None:
    no_english = MINUTES.rsplit("\t", 1)[0] + "\n"
    (files / "pending" / "a.tsv").write_text(no_english + LESS, encoding="utf-8")
    missing = script.fill(script.read_pending(files / "pending"), files)
    assert missing == ["en: %n minute(s) (plural)"]


def test_a_finished_plural_with_an_empty_form_is_untranslated(script, files) -> None:
    path = files / "samtale_sv.ts"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace('<translation type="unfinished">\n            <numerusform></numerusform>',
                 "<translation>\n            <numerusform>%n minut</numerusform>"),
        encoding="utf-8",
    )  # fmt: skip
    (files / "pending" / "a.tsv").write_text(LESS, encoding="utf-8")
    missing = script.fill(script.read_pending(files / "pending"), files)
    assert "sv: %n minute(s) (plural)" in missing


def test_a_pending_file_is_kept_while_one_of_its_lines_is_unused(script, files) -> None:
    other = files / "pending" / "a11y.tsv"
    other.write_text(LESS + "Not in the code yet\tIkke ennå\tInte än\n", encoding="utf-8")
    (files / "pending" / "plurals.tsv").write_text(MINUTES, encoding="utf-8")
    pending = script.read_pending(files / "pending")
    assert script.fill(pending, files) == []
    unused = pending.unused_by_file()
    assert unused[other] == ["Not in the code yet"]
    assert unused[files / "pending" / "plurals.tsv"] == []


def test_wrong_number_of_forms_is_not_filled(script, files) -> None:
    (files / "pending" / "a.tsv").write_text(
        "%n minute(s)\t%n minutt\t%n minut|%n minuter\t%n minute|%n minutes\n" + LESS, encoding="utf-8"
    )
    missing = script.fill(script.read_pending(files / "pending"), files)
    assert missing == ["nb: %n minute(s) (plural)"]


def test_a_malformed_line_stops_the_run(script, files) -> None:
    (files / "pending" / "bad.tsv").write_text("only a source\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.tsv:1"):
        script.read_pending(files / "pending")
