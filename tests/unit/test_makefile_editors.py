"""The editors' make targets pass values verbatim: `$(shell …)` in a title is text."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def make(target: str, *assignments: str, env: dict | None = None) -> str:
    """Run a target with `echo` as Python and no virtual environment to build."""
    missing = "/nonexistent-venv"
    command = ["make", "-s", "-o", f"{missing}/bin/.installed", f"VENV={missing}"]
    command += ["PYTHON=echo", target, *assignments]
    done = subprocess.run(
        command,
        cwd=PROJECT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize(
    ("target", "variable", "flag"),
    [
        ("newpost", "TITLE", "--title"),
        ("newpost", "SECTION", "--section"),
        ("newpost", "SLUG", "--slug"),
        ("translate", "SLUG", "--slug"),
        ("translate", "LANG", "--lang"),
    ],
)
def test_a_shell_call_in_a_value_reaches_the_tool_as_text(
    tmp_path, target, variable, flag
):
    marker = tmp_path / "pwned"
    value = f"$(shell touch {marker}) it's"
    output = make(target, "LANG=lv", "TITLE=T", f"{variable}={value}")
    assert not marker.exists()
    assert f"{flag} {value} " in output


def test_values_from_the_environment_are_not_expanded_either(tmp_path):
    marker = tmp_path / "pwned"
    output = make("newpost", "LANG=lv", env={"TITLE": f"$(shell touch {marker})"})
    assert not marker.exists()
    assert f"--title $(shell touch {marker}) " in output


def test_make_n_does_not_run_it_either(tmp_path):
    marker = tmp_path / "pwned"
    subprocess.run(
        ["make", "-n", "VENV=/nonexistent-venv", "newpost", "LANG=lv"]
        + [f"TITLE=$(shell touch {marker})"],
        cwd=PROJECT,
        capture_output=True,
        check=True,
    )
    assert not marker.exists()


@pytest.mark.parametrize(
    ("strict", "expected"),
    [("1", True), ("0", False), ("no", False), ("$(shell false)", True)],
)
def test_translations_strict(tmp_path, strict, expected):
    output = make("translations", f"STRICT={strict}")
    assert output.rstrip().endswith("--strict") is expected


@pytest.mark.parametrize(
    ("assignments", "env", "expected"),
    [
        (["LANG=cs"], {}, "--lang cs"),
        (["LANG=cs", "STRICT=1"], {}, "--lang cs --strict"),
        ([], {"LANG": "C.UTF-8"}, "/content"),  # the shell's locale: every language
        ([], {"LANG": "cs"}, "/content"),  # only a typed LANG filters
    ],
)
def test_translations_shows_one_language_only_when_lang_is_typed(
    assignments, env, expected
):
    output = make("translations", *assignments, env=env)
    assert output.rstrip().endswith(expected)
    assert ("--lang" in output) is bool(assignments)


def test_a_shell_call_in_lang_reaches_translations_as_text(tmp_path):
    marker = tmp_path / "pwned"
    output = make("translations", f"LANG=$(shell touch {marker}) it's")
    assert not marker.exists()
    assert output.rstrip().endswith(f"--lang $(shell touch {marker}) it's")
