"""`make clean` removes the one cache the settings name, with the output."""

import os
import runpy
import shlex
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def removed_by_make_clean() -> set[Path]:
    """The paths `make clean` would remove (a dry run), resolved from the project."""
    # Under `make test` the parent's MAKEFLAGS would add "Entering directory" lines.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
    recipe = subprocess.run(
        ["make", "--no-print-directory", "-n", "clean"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.replace("\\\n", " ")
    words = shlex.split(recipe)
    assert words[:2] == ["rm", "-rf"], recipe
    return {(ROOT / word).resolve() for word in words[2:]}


def test_make_clean_removes_the_cache_of_the_settings():
    settings = runpy.run_path(str(ROOT / "pelican.conf.py"))
    assert settings["CACHE_CONTENT"]
    assert Path(settings["CACHE_PATH"]).resolve() in removed_by_make_clean()
