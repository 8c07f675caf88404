"""The release workflow builds, installs and self-tests every Briefcase app on every platform configured.

``pyproject.toml`` names the apps (``[tool.briefcase.app.<app>]``) and, per app, the platforms it is
configured for (``.windows``, ``.macOS``, ``.linux.system``); each platform has one installer format
(MSI, DMG, .deb). ``.github/workflows/release.yml`` must have, for each app and format, a matrix entry
in that platform's job, a Briefcase build of it, and a self-test step that runs the installed app's
whole-call walk (``tests/packaging/test_installed_apps.py``) for that app's role.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
RELEASE = ROOT / ".github" / "workflows" / "release.yml"
SELF_TESTS = ROOT / "tests" / "packaging" / "test_installed_apps.py"

# Briefcase platform table -> (the installer format, what builds it in a step's `run`).
PLATFORMS = {
    "windows": ("msi", re.compile(r"briefcase package windows\b")),
    "macOS": ("dmg", re.compile(r"briefcase package macOS app\b.*-p dmg")),
    "linux": ("deb", re.compile(r"scripts/package --install\b")),  # Briefcase linux system (scripts/package)
}
# The self-test step picks the matrix role's test: bash `${ROLE}`, PowerShell `$($env:ROLE)`.
ROLE_TEST = re.compile(r'-k "installed_(\$\{ROLE\}|\$\(\$env:ROLE\))_app"')


@dataclass(frozen=True)
class Build:
    app: str
    format: str


def configured_builds(pyproject: dict[str, Any]) -> set[Build]:
    apps = pyproject["tool"]["briefcase"]["app"]
    return {
        Build(app, PLATFORMS[platform][0])
        for app, table in apps.items()
        for platform in PLATFORMS
        if isinstance(table.get(platform), dict)
    }


def _runs(job: dict[str, Any]) -> list[str]:
    return [step.get("run", "") for step in job.get("steps", [])]


def workflow_problems(workflow: dict[str, Any], wanted: set[Build], self_tests: str) -> list[str]:
    """What the workflow lacks for ``wanted``; empty when every build is made, installed and self-tested."""
    problems = []
    jobs = workflow["jobs"]
    for build in sorted(wanted, key=lambda b: (b.app, b.format)):
        platform = next(p for p, (fmt, _) in PLATFORMS.items() if fmt == build.format)
        builder = PLATFORMS[platform][1]
        found = False
        for name, job in jobs.items():
            entries = job.get("strategy", {}).get("matrix", {}).get("include", [])
            entry = next(
                (e for e in entries if e.get("app") == build.app and e.get("format") == build.format), None
            )
            if entry is None:
                continue
            found = True
            runs = _runs(job)
            built = [i for i, run in enumerate(runs) if builder.search(" ".join(run.split()))]
            if not built:
                problems.append(f"{name}: no step builds the {build.format} ({builder.pattern})")
            tested = [i for i, run in enumerate(runs) if "tests/packaging/test_installed_apps.py" in run]
            if not tested:
                problems.append(f"{name}: no self-test step runs tests/packaging/test_installed_apps.py")
            elif built and tested[-1] < built[0]:
                problems.append(f"{name}: the self-test runs before the build")
            elif not all(ROLE_TEST.search(runs[i]) for i in tested):
                problems.append(
                    f"{name}: the self-test does not pick the matrix role's test (-k installed_<role>_app)"
                )
            role = entry.get("role", "")
            test = re.search(
                rf"def (test_installed_{role}_app_\w+)\(.*?(?=\n(?:async )?def |\Z)", self_tests, re.S
            )
            if not role or test is None:
                problems.append(f"{name}: no self-test for role {role!r} in {SELF_TESTS.name}")
            elif f'installed_app("{build.app}")' not in test.group(0):
                problems.append(f"{name}: {test.group(1)} does not run the installed {build.app}")
        if not found:
            problems.append(f"no job's matrix builds {build.app} as {build.format}")
    return problems


@pytest.fixture(scope="module")
def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    loaded = yaml.safe_load(RELEASE.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_pyproject_names_both_apps_on_three_platforms(pyproject: dict[str, Any]) -> None:
    builds = configured_builds(pyproject)
    assert {b.app for b in builds} == {"samtale_patient", "samtale_clinic"}
    assert {b.format for b in builds} == {"msi", "dmg", "deb"}


def test_every_app_and_format_is_built_installed_and_self_tested(
    pyproject: dict[str, Any], workflow: dict[str, Any]
) -> None:
    assert workflow_problems(workflow, configured_builds(pyproject), SELF_TESTS.read_text()) == []


def test_a_missing_build_or_self_test_is_reported(
    pyproject: dict[str, Any], workflow: dict[str, Any]
) -> None:
    wanted = configured_builds(pyproject)
    self_tests = SELF_TESTS.read_text()
    without_entry = yaml.safe_load(RELEASE.read_text(encoding="utf-8"))
    without_entry["jobs"]["macos"]["strategy"]["matrix"]["include"].pop(1)  # the clinician's DMG
    assert workflow_problems(without_entry, wanted, self_tests) == [
        "no job's matrix builds samtale_clinic as dmg"
    ]
    without_test = yaml.safe_load(RELEASE.read_text(encoding="utf-8"))
    steps = without_test["jobs"]["windows"]["steps"]
    without_test["jobs"]["windows"]["steps"] = [
        s for s in steps if "test_installed_apps" not in s.get("run", "")
    ]
    assert (
        workflow_problems(without_test, wanted, self_tests)
        == ["windows: no self-test step runs tests/packaging/test_installed_apps.py"] * 2
    )
    wrong_app = self_tests.replace('installed_app("samtale_clinic")', 'installed_app("samtale_patient")')
    assert workflow_problems(workflow, wanted, wrong_app) == [
        f"{job}: test_installed_clinician_app_walks_a_call_and_exits_cleanly does not run the installed "
        "samtale_clinic"
        for job in ("linux", "macos", "windows")
    ]


def test_installed_windows_and_macos_apps_run_in_briefcase_s_test_mode(workflow: dict[str, Any]) -> None:
    # Without it Briefcase's Windows stub sends stdout/stderr to the console or a log file (the test
    # never sees "samtale self-test: passed"), and both stubs show a crash in a modal dialog.
    for name in ("windows", "macos"):
        steps = [s for s in workflow["jobs"][name]["steps"] if "test_installed_apps" in s.get("run", "")]
        assert [s["env"].get("BRIEFCASE_MAIN_MODULE") for s in steps] == ["${{ matrix.app }}"], name


def test_each_msi_is_installed_in_the_scope_pyproject_gives_it(
    pyproject: dict[str, Any], workflow: dict[str, Any]
) -> None:
    # system_installer = false: per user, no administrator (patients); true: per machine (clinics).
    apps = pyproject["tool"]["briefcase"]["app"]
    entries = workflow["jobs"]["windows"]["strategy"]["matrix"]["include"]
    scopes = {e["app"]: e["scope"] for e in entries}
    assert scopes == {
        app: "machine" if table["windows"]["system_installer"] else "user" for app, table in apps.items()
    }
    assert scopes["samtale_patient"] == "user"


def test_macos_apps_may_use_the_microphone_under_the_hardened_runtime(pyproject: dict[str, Any]) -> None:
    # Briefcase derives only the App Sandbox's device.microphone from the permission; the hardened
    # runtime that notarisation requires reads device.audio-input (the workflow checks it is signed in).
    for app, table in pyproject["tool"]["briefcase"]["app"].items():
        assert "microphone" in table["permission"], app
        assert table["macOS"]["entitlement"]["com.apple.security.device.audio-input"] is True, app


def test_signing_is_skipped_with_a_warning_when_no_secret_is_set(workflow: dict[str, Any]) -> None:
    for name in ("windows", "macos"):
        sign = next(s for s in workflow["jobs"][name]["steps"] if s.get("id") == "sign")
        assert "::warning" in sign["run"], name
        assert all(v.startswith("${{ secrets.") for v in sign["env"].values()), name


def test_jobs_have_least_privilege(workflow: dict[str, Any]) -> None:
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        wanted = {"contents": "write"} if name == "publish" else {"contents": "read"}
        assert job["permissions"] == wanted, name
