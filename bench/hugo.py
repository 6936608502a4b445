"""The speed reference of `make bench`: the same corpus built by Hugo.

The bench writes a Hugo site of its own: every item of the corpus with its metadata
turned into front matter (translations by file name, `slug.lv.md`, as Hugo reads
them), the pictures as static files, and a plain theme (a header with the site name,
the languages and the sections; lists with pagination; item pages with their tags and
translations; tag and category pages; RSS and the sitemap, Hugo's defaults). Hugo
is Debian's `hugo`; without it the bench says so and goes on.
"""

import json
import shutil
from pathlib import Path

from .words import LANGUAGES

LANGUAGE_NAMES = {"en": "English", "cs": "Čeština", "lv": "Latviešu", "sr": "Српски"}
LANGUAGE_NAMES["bg"] = "Български"
HINT = "apt-get install -y hugo"

LAYOUTS = Path(__file__).resolve().parent / "hugo_layouts"  # the plain theme


def available() -> str | None:
    """The `hugo` binary, or None when it is not installed."""
    return shutil.which("hugo")


def split_item(text: str) -> tuple[dict[str, str], str]:
    """The `Key: value` lines of a corpus file and the Markdown after them."""
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip().lower()] = value.strip()
    return meta, body


def hugo_date(value: str) -> str:
    """ "2024-05-02" or "2024-05-02 09:30" as the RFC 3339 Hugo reads."""
    return value.replace(" ", "T") + ":00" if " " in value else value


def front_matter(meta: dict[str, str], section: str) -> dict:
    """Hugo's front matter for one corpus item (JSON is valid front matter)."""
    matter = {"title": meta.get("title", ""), "slug": meta.get("slug", "")}
    if "date" in meta:
        matter["date"] = hugo_date(meta["date"])
    if meta.get("tags"):
        matter["tags"] = [tag.strip() for tag in meta["tags"].split(",")]
    if section != "pages":
        matter["categories"] = [section]
    if meta.get("summary"):
        matter["description"] = meta["summary"]
    if meta.get("order"):
        matter["weight"] = int(meta["order"])
    return matter


def site_config() -> str:
    """hugo.toml: one language per corpus language, each under /<lang>/."""
    lines = [
        'baseURL = "https://bench.example.org/"',
        'title = "Bench"',
        'defaultContentLanguage = "en"',
        "defaultContentLanguageInSubdir = true",
        "buildFuture = true",
        "paginate = 10",
        "[markup.goldmark.renderer]",
        "unsafe = false",
    ]
    for weight, language in enumerate(LANGUAGES, start=1):
        lines += [
            f"[languages.{language}]",
            f'languageName = "{LANGUAGE_NAMES.get(language, language)}"',
            f"weight = {weight}",
        ]
    return "\n".join(lines) + "\n"


def write_site(corpus: Path, site: Path) -> int:
    """Write the Hugo site of a corpus into `site`; return how many items it has."""
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(LAYOUTS, site / "layouts" / "_default")
    (site / "hugo.toml").write_text(site_config(), encoding="utf-8")
    if (corpus / "images").is_dir():
        shutil.copytree(corpus / "images", site / "static" / "images")
    items = 0
    for source in sorted(corpus.glob("*/*.md")):
        section = source.parent.name
        meta, body = split_item(source.read_text(encoding="utf-8"))
        target = site / "content" / section / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        matter = json.dumps(front_matter(meta, section), ensure_ascii=False)
        target.write_text(f"{matter}\n\n{body}", encoding="utf-8")
        items += 1
    return items


def build_argv(binary: str, site: Path, output: Path) -> list[str]:
    """The command that builds the Hugo site from clean into `output`."""
    return [binary, "--quiet", "--source", str(site), "--destination", str(output)]
