"""Refresh the Qt Linguist files from app/ui and fill new strings from resources/translations/pending.

Runs pyside6-lupdate for nb, sv and en, then fills every unfinished entry whose English source appears
in a pending ``*.tsv`` file, and deletes each pending file all of whose lines were used. Exits 1 and
lists what is still untranslated.

A pending line is tab-separated, one string per line (blank lines are skipped)::

    source<TAB>nb<TAB>sv                      a plain string (English is the source itself)
    source<TAB>nb<TAB>sv<TAB>en               a plural (numerus) string: see below

Plural strings are the ones the code passes a count to (``self.tr("%n minute(s)", None, n)``);
lupdate writes them as ``<message numerus="yes">`` with one ``<numerusform>`` per plural form of the
language: two for nb, sv and en, one (n = 1) and other (0, 2, 5, 21 …). In the pending line each
language's forms are separated by ``|``, in that order, and the fourth column gives the English
forms, which samtale_en.ts needs because the source "%n minute(s)" is never shown as it is::

    %n minute(s)<TAB>%n minutt|%n minutter<TAB>%n minut|%n minuter<TAB>%n minute|%n minutes

A form may leave out ``%n`` ("Samtale: a patient is waiting" for n = 1). The untranslated check
covers plain strings in nb and sv, and plural strings in nb, sv and en: an unfinished numerus entry,
or a finished one with an empty form, counts as untranslated. A line is used when its source is in
the .ts files and every language it gives is filled there; a file with an unused line is kept (and
named), so a line written before its string reaches the code waits for the next run.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PENDING = TRANSLATIONS / "pending"
COLUMNS = ("nb", "sv", "en")  # the languages of a pending line's columns, after the source
TRANSLATED = ("nb", "sv")  # languages that translate every string; en only the plural ones


@dataclass
class Pending:
    """The pending lines: source -> {language: forms}, and where each source's forms are in place."""

    table: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    origin: dict[str, list[Path]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    placed: dict[str, set[str]] = field(default_factory=dict)  # source -> languages filled from it

    def used(self, source: str) -> bool:
        return set(self.table[source]) <= self.placed.get(source, set())

    def unused_by_file(self) -> dict[Path, list[str]]:
        out: dict[Path, list[str]] = {path: [] for path in self.files}
        for source, paths in self.origin.items():
            if not self.used(source):
                for path in paths:
                    out[path].append(source)
        return out


def lupdate(translations: Path = TRANSLATIONS) -> None:
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    for language in COLUMNS:
        ts = translations / f"samtale_{language}.ts"
        subprocess.run([str(tool), *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)


def read_pending(directory: Path = PENDING) -> Pending:
    found = Pending()
    found.files = sorted(directory.glob("*.tsv")) if directory.is_dir() else []
    for path in found.files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) not in (3, 4) or not all(parts):
                raise SystemExit(f"{path.name}:{number}: expected source<TAB>nb<TAB>sv[<TAB>en]")
            found.table[parts[0]] = {
                lang: text.split("|") for lang, text in zip(COLUMNS, parts[1:], strict=False)
            }
            found.origin.setdefault(parts[0], []).append(path)
    return found


def _fill_message(message: ET.Element, language: str, pending: Pending) -> bool:
    """Fill one message from the pending table if it needs it; False if it stays untranslated."""
    translation = message.find("translation")
    source = message.findtext("source") or ""
    numerus = message.get("numerus") == "yes"
    forms = pending.table.get(source, {}).get(language)
    placed = pending.placed.setdefault(source, set()) if source in pending.table else set()
    if translation is None or (language not in TRANSLATED and not numerus):
        placed.add(language)  # nothing to fill: English plain strings are the source itself
        return True
    slots = translation.findall("numerusform")
    current = [slot.text or "" for slot in slots] if numerus else [translation.text or ""]
    if translation.get("type") != "unfinished" and all(current):
        if forms == current:
            placed.add(language)
        return True
    if forms is None or len(forms) != len(current):
        return False
    if numerus:
        for slot, form in zip(slots, forms, strict=True):
            slot.text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)
    placed.add(language)
    return True


def fill(pending: Pending, translations: Path = TRANSLATIONS) -> list[str]:
    """Fill the .ts files from ``pending``; returns the strings still untranslated."""
    missing: list[str] = []
    for language in COLUMNS:
        path = translations / f"samtale_{language}.ts"
        root = ET.parse(path).getroot()
        for message in root.iter("message"):
            if not _fill_message(message, language, pending):
                kind = " (plural)" if message.get("numerus") == "yes" else ""
                missing.append(f"{language}: {message.findtext('source') or ''}{kind}")
        body = ET.tostring(root, encoding="unicode")
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        path.write_text(header + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    lupdate()
    pending = read_pending()
    missing = fill(pending)
    lupdate()  # normalise the layout the way lupdate writes it
    kept = {path: lines for path, lines in pending.unused_by_file().items() if lines}
    for path in pending.files:
        if path not in kept:
            path.unlink()
    for path, lines in kept.items():
        print(f"kept {path.name}: not used yet:", *lines, sep="\n  ")
    if missing:
        print("untranslated:", *missing, sep="\n  ")
        return 1
    merged = sum(pending.used(source) for source in pending.table)
    print(f"translations complete; merged {merged} pending strings from {len(pending.files)} file(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
