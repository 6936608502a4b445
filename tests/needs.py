"""What some tests need beyond Python: Chromium, Java, the pinned npm packages.

A missing tool skips its tests with the command that installs it; with CI set it
fails them instead, so a missing tool is never a silent pass.
"""

import os
from pathlib import Path

import pytest

from tools import vnu

ROOT = Path(__file__).resolve().parent.parent
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def missing(reason: str):
    """Skip, or fail when CI is set: CI must run every test."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure)")
    pytest.skip(reason)


def axe_script() -> Path:
    """axe-core's script, installed from package-lock.json by npm."""
    if not AXE_SCRIPT.is_file():
        missing(f"{AXE_SCRIPT.relative_to(ROOT)} not found. Install: {vnu.NPM_HINT}")
    return AXE_SCRIPT


def html_checker() -> str:
    """The Java that runs the Nu HTML Checker, once both are installed."""
    java = vnu.java_path()
    problems = vnu.missing_tools(java)
    if problems:
        missing(" ".join(problems))
    return java
