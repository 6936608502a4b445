"""The import contracts of pyproject.toml hold, and they fail on an import that
points up or sideways (README: Project layout)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def copy_of_the_project(tmp_path: Path) -> Path:
    for name in ("plugins", "tools"):
        shutil.copytree(
            ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_project_keeps_its_contracts():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout
    assert "3 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "message"),
    [
        (
            "plugins/base/urls.py",
            "import plugins.multilingual.hooks",
            "plugins.base is not allowed to import plugins.multilingual:",
        ),
        (
            "plugins/feeds/entries.py",
            "import plugins.calendar.grid",
            "plugins.feeds is not allowed to import plugins.calendar:",
        ),
        (
            "tools/build.py",
            "def main_watch():\n    from tools.watch import watch",
            "tools.build is not allowed to import tools.watch:",
        ),
    ],
)
def test_an_import_against_the_layers_fails(tmp_path, module, bad_import, message):
    project = copy_of_the_project(tmp_path)
    with (project / module).open("a") as source:
        source.write(f"\n{bad_import}\n")
    result = lint_imports(project)
    assert result.returncode == 1
    assert message in result.stdout
