"""Every control on every page of both windows, read through Qt's accessibility interfaces in en, nb and
sv: it has a name, Tab can reach it, and a screen reader walking the tree finds it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.ui.a11y_walk import (
    LANGUAGES,
    Control,
    accessible_tree,
    clinician_window,
    interactive,
    patient_window,
    read,
    switch_language,
    walk_clinician,
    walk_patient,
)

# Names that are the same words in every language: device names, and "Ring" (the same verb in nb and sv).
SAME_IN_EVERY_LANGUAGE = {"Built-in", "USB headset", "Ring Bo Ek"}


def survey(window: QWidget, translations: Any, page: str, seen: dict[tuple[str, str], list[Control]]) -> None:
    """Read every shown control of ``window`` on ``page`` in each language (hidden ones are not in the
    accessible tree; the walk shows each of them on some page)."""
    for language in LANGUAGES:
        switch_language(translations, language)
        seen[(page, language)] = [read(w) for w in interactive(window)]
    switch_language(translations, "en")


def keyed(controls: list[Control]) -> dict[str, Control]:
    """Controls by kind, object name and place (rows are rebuilt when the language changes)."""
    count: dict[str, int] = {}
    out = {}
    for control in controls:
        count[control.label] = count.get(control.label, 0) + 1
        out[f"{control.label}[{count[control.label]}]"] = control
    return out


def walk(role: str, qtbot: Any, translations: Any, run_async: Callable[..., Any]) -> dict[Any, list[Control]]:
    make, go = (patient_window, walk_patient) if role == "patient" else (clinician_window, walk_clinician)
    win, fake = make(translations)
    qtbot.addWidget(win)
    win.show()
    seen: dict[tuple[str, str], list[Control]] = {}
    run_async(go(win, fake, lambda page: survey(win, translations, page, seen)))  # type: ignore[arg-type]
    return seen


@pytest.mark.parametrize("role", ["patient", "clinician"])
def test_every_control_has_a_name_and_takes_tab_focus_in_every_language(role, qtbot, translations, run_async):
    seen = walk(role, qtbot, translations, run_async)
    pages = {page for page, _lang in seen}
    assert len(pages) == (6 if role == "patient" else 5)
    checked, problems = 0, []
    for (page, language), controls in seen.items():
        assert len(controls) > 1, (page, language)
        for control in controls:
            where = f"{role}/{page}/{language}: {control.label}"
            if not control.name:
                problems.append(f"{where} has no accessible name")
            if not control.tab_focus:
                problems.append(f"{where} cannot be reached with Tab")
            if not control.focusable:
                problems.append(f"{where} is not focusable for assistive technology")
            if control.role is QAccessible.Role.ComboBox and not control.labelled_by:
                # On Linux a combo box's name is its current item; the label comes as a relation.
                problems.append(f"{where} has no label (buddy) naming it")
            checked += 1
    assert problems == [], "\n".join(problems)
    assert checked > 90  # the walk really found the controls (102 patient, 195+ clinician)


@pytest.mark.parametrize("role", ["patient", "clinician"])
def test_names_and_descriptions_are_translated_not_left_in_english(role, qtbot, translations, run_async):
    seen = walk(role, qtbot, translations, run_async)
    untranslated = []
    for (page, language), controls in seen.items():
        if language == "en":
            continue
        english = keyed(seen[(page, "en")])
        for key, control in keyed(controls).items():
            original = english[key]
            for text, translated in (
                (original.name, control.name),
                (original.description, control.description),
            ):
                if (
                    text == translated
                    and text not in SAME_IN_EVERY_LANGUAGE
                    and any(ch.isalpha() for ch in text)
                ):
                    untranslated.append(f"{page}/{language}: {control.label} {text!r}")
    assert untranslated == [], "\n".join(untranslated)


def test_a_screen_reader_walking_the_tree_finds_every_shown_control(qtbot, translations, run_async):
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    win.show()
    found: dict[str, set[int]] = {}

    def visit(page: str) -> None:
        tree = accessible_tree(win)
        objects = {id(iface.object()) for iface in tree}
        shown = list(interactive(win))
        missing = [read(w).label for w in shown if id(w) not in objects]
        assert missing == [], page
        found[page] = {id(w) for w in shown}
        roles = {iface.role() for iface in tree}
        assert QAccessible.Role.Button in roles

    run_async(walk_clinician(win, fake, visit))
    assert set(found) == {"login", "create room", "queue", "call", "ended"}
    assert all(found.values())


def test_icon_like_and_per_person_buttons_say_whom_they_act_on(qtbot, translations, run_async):
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    win.show()
    names: dict[str, list[str]] = {}

    def visit(page: str) -> None:
        names[page] = [read(w).name for w in interactive(win)]

    run_async(walk_clinician(win, fake, visit))
    assert {"Admit Ann Olsen", "Not now: Bo Ek", "Ring Bo Ek"} <= set(names["queue"])
    assert "Join code: K X 7 - 4 2 Q" in names["queue"]
    assert {"Mute Ann Olsen", "Remove Ida from the call", "Mute microphone", "Hang up"} <= set(names["call"])
    assert read(win.language).labelled_by == ("Language",)


def test_main_controls_describe_what_they_do(qtbot, translations, run_async):
    win, fake = patient_window(translations)
    qtbot.addWidget(win)
    win.show()
    described: dict[str, dict[str, str]] = {}

    def visit(page: str) -> None:
        described[page] = {c.name: c.description for c in map(read, interactive(win))}

    run_async(walk_patient(win, fake, visit))
    assert described["call"]["Mute microphone"] == "Your microphone is on."
    assert described["call"]["Hang up"] == "Leave the consultation"
    assert described["ready"]["I'm ready anyway"] == "Tells your clinician that you are waiting"
    assert described["login"]["Sign in"] == "Sign in with the name you typed"


def test_what_acts_on_others_is_described(qtbot, translations, run_async):
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    win.show()
    described: dict[str, dict[str, str]] = {}

    def visit(page: str) -> None:
        described[page] = {c.name: c.description for c in map(read, interactive(win))}

    run_async(walk_clinician(win, fake, visit))
    assert described["queue"]["Admit Ann Olsen"] == "Let this patient into the consultation now"
    assert (
        described["queue"]["Admit everyone who is waiting"]
        == "Lets every waiting patient into the consultation"
    )
    assert described["queue"]["Ring Bo Ek"] == "Calls this patient to the waiting room"
    call = described["call"]
    assert call["End for all"] == "Ends the consultation for everyone in it"
    assert call["Mute everyone"] == "Mutes everyone in the call except you"
    assert call["Lock room"] == "While the room is locked, nobody new can come in"
    assert call["Turn camera off"] == "Your camera is on."
