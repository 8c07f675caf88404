"""Refresh the Qt Linguist files from app/ui and fill new strings from resources/translations/pending.

Runs pyside6-lupdate for nb, sv and en, then fills every unfinished nb/sv entry whose English source
appears in a pending ``*.tsv`` file (``source<TAB>nb<TAB>sv`` per line), and deletes the pending
files it used completely. Exits 1 and lists the strings that are still untranslated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PENDING = TRANSLATIONS / "pending"
LANGUAGES = {"nb": 1, "sv": 2}  # column of each language in a pending line


def lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    for language in ("nb", "sv", "en"):
        ts = TRANSLATIONS / f"samtale_{language}.ts"
        subprocess.run([str(tool), *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)


def pending() -> tuple[dict[str, tuple[str, str]], list[Path]]:
    table: dict[str, tuple[str, str]] = {}
    files = sorted(PENDING.glob("*.tsv")) if PENDING.is_dir() else []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{path.name}:{number}: expected source<TAB>nb<TAB>sv")
            table[parts[0]] = (parts[1], parts[2])
    return table, files


def fill(table: dict[str, tuple[str, str]]) -> list[str]:
    missing: list[str] = []
    for language, column in LANGUAGES.items():
        path = TRANSLATIONS / f"samtale_{language}.ts"
        root = ET.parse(path).getroot()
        for message in root.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            if source in table:
                translation.text = table[source][column - 1]
                del translation.attrib["type"]
            else:
                missing.append(f"{language}: {source}")
        body = ET.tostring(root, encoding="unicode")
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        path.write_text(header + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    lupdate()
    table, files = pending()
    missing = fill(table)
    lupdate()  # normalise the layout the way lupdate writes it
    if missing:
        print("untranslated:", *missing, sep="\n  ")
        return 1
    for path in files:
        path.unlink()
    print(f"translations complete; merged {len(table)} pending strings from {len(files)} file(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
