"""The Nu HTML Checker wrapper: its command, its report read back, what it lacks."""

import json
from pathlib import Path

import pytest

from tools import vnu


def report(*messages) -> str:
    """A checker report in its JSON format."""
    return json.dumps({"version": "26.9.27", "messages": list(messages)})


def test_one_command_checks_every_target():
    command = vnu.checker_command(
        "/usr/bin/java", [Path("/site"), Path("/x.html")], Path("/nm/vnu.jar")
    )
    assert command[:3] == ["/usr/bin/java", "-jar", "/nm/vnu.jar"]
    assert command[-2:] == ["/site", "/x.html"]
    assert {"--errors-only", "--skip-non-html", "--stdout"} <= set(command)
    assert command[command.index("--format") + 1] == "json"


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (
            {
                "type": "error",
                "url": "file:/out/lv/news/index.html",
                "lastLine": 12,
                "firstColumn": 3,
                "message": "Stray end tag “div”.",
            },
            "lv/news/index.html:12:3: Stray end tag “div”.",
        ),
        (
            {
                "type": "error",
                "url": "file:/out/arhivs/san%C4%81ksme%202015.html",
                "lastLine": 1,
                "lastColumn": 9,
                "message": "Bad value.",
            },
            "arhivs/sanāksme 2015.html:1:9: Bad value.",
        ),
        (
            {
                "type": "non-document-error",
                "url": "file:/elsewhere/a.html",
                "message": "IO error: gone. ",
            },
            "/elsewhere/a.html:0:0: IO error: gone.",
        ),
    ],
)
def test_errors_are_shown_as_path_line_column_message(message, shown):
    assert [str(f) for f in vnu.parse_report(report(message), [Path("/out")])] == [
        shown
    ]


def test_warnings_and_info_are_not_errors():
    messages = [
        {
            "type": "info",
            "subType": "warning",
            "url": "file:/out/a.html",
            "message": "w",
        },
        {"type": "info", "url": "file:/out/a.html", "message": "i"},
    ]
    assert vnu.parse_report(report(*messages), [Path("/out")]) == []


def test_missing_tools_say_how_to_install_them(tmp_path):
    problems = vnu.missing_tools(None, vnu.ROOT / "node_modules" / "absent.jar")
    assert problems == [
        "Java not found. Install: apt-get install -y default-jre-headless",
        "node_modules/absent.jar not found. Install: npm ci --ignore-scripts",
    ]
    jar = tmp_path / "vnu.jar"
    jar.write_bytes(b"")
    assert vnu.missing_tools("/usr/bin/java", jar) == []
