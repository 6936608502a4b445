"""Rules about where a link or image leads: to a file of the content folder that
exists (else the file it most likely meant), never to a file on the editor's own
computer.

Every relative Markdown link counts: the figures extension turns it into a Pelican
`{static}` or `{filename}` link, and a missing one stopped the build with
Pelican's "Cannot get modification stamp"."""

import posixpath
import re
from collections.abc import Collection
from urllib.parse import unquote

from plugins.base.characters import shorten
from plugins.checks.markdown_text import Reference
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.path_hints import (
    PELICAN_PREFIX,
    closest_file,
    file_name,
    home_folder,
    is_static_type,
    local_file_name,
    written_like,
)
from plugins.checks.problem import Problem, error

HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")
CONTENT_EXTENSIONS = (".md", ".markdown")


def content_paths(url: str, file_path: str) -> list[str] | None:
    """Return where a link may point inside the content root, or None if outside."""
    if HAS_SCHEME.match(url) or url.startswith("#") or not url:
        return None
    prefixed = PELICAN_PREFIX.match(url)
    target = unquote(re.split(r"[?#]", url[prefixed.end() if prefixed else 0 :])[0])
    here = posixpath.dirname(file_path)
    from_here = posixpath.normpath(posixpath.join(here, target))
    if target.startswith("/"):
        return [posixpath.normpath(target.lstrip("/"))]
    if prefixed:
        return [from_here]
    # Plain paths are written from the content root; "../images/x" from the file.
    return [posixpath.normpath(target), from_here]


def _is_checked_link(reference: Reference) -> bool:
    """Tell whether a target is a content file we can look for (not a page URL).

    A relative Markdown link always is: the figures extension turns it into a
    Pelican `{static}` or `{filename}` link, which must name a file."""
    path = reference.url.split("#")[0].split("?")[0].lower()
    if not reference.in_html and path and not path.startswith("/"):
        return True
    return (
        reference.kind == "image"
        or bool(PELICAN_PREFIX.match(reference.url))
        or path.endswith(CONTENT_EXTENSIONS)
        or path.lstrip("./").startswith(("images/", "documents/"))
    )


def _missing_target(
    item: ContentFile, reference: Reference, line: int, existing: Collection[str]
) -> Problem | None:
    """Return a Problem when a content link or image points to no file."""
    candidates = content_paths(reference.url, item.path)
    if candidates is None or not _is_checked_link(reference):
        return None
    if any(path in existing for path in candidates):
        return None
    message, fix = _not_there(reference)
    meant = closest_file(candidates, existing)
    if meant is not None:
        fix = f'did you mean "{written_like(reference.url, item.path, meant)}"?'
    elif reference.url.lower().startswith("www."):
        fix = f"write the full address: https://{shorten(reference.url)}."
    return error(item.path, line, message, fix)


def _not_there(reference: Reference) -> tuple[str, str]:
    """The message and the usual fix for an image or a link to no file."""
    if reference.kind == "image":
        message = f'Image "{shorten(reference.url)}" does not exist.'
        fix = (
            "check the file name; image paths start at the content folder,"
            " e.g. images/photo.jpg."
        )
    else:
        message = (
            f'Link "{shorten(reference.url)}" points to a file that does not exist.'
        )
        fix = (
            "check the path; links start at the content folder,"
            " e.g. {filename}/news/file.md."
        )
        if file_name(reference.url) and is_static_type(file_name(reference.url)):
            fix = (
                "check the file name; documents are linked from the content"
                " folder, e.g. documents/report.pdf."
            )
    return message, fix


def _local_link(item: ContentFile, reference: Reference, line: int) -> Problem | None:
    """Return a Problem when a link leads to a file on the editor's computer."""
    name = local_file_name(reference.url)
    if name is None or reference.kind != "link":
        return None  # images: resource_rules.check_external_resources
    target = f"{home_folder(name)}/{name}"
    written = (
        f'href="{target}"'
        if reference.in_html
        else f"[{shorten(reference.text, 40) or 'text'}]({target})"
    )
    fix = f"copy {name} into {home_folder(name)}/ and write {written}."
    if not is_static_type(name):
        fix = (
            f"copy {name} into the content folder (an item into news/, events/"
            " or pages/, a document into documents/) and link it from there."
        )
    return error(
        item.path,
        line,
        f'Link "{shorten(reference.url)}" points to a file on your computer,'
        " which readers cannot open.",
        fix,
    )


def target_problem(
    item: ContentFile, reference: Reference, line: int, options: CheckOptions
) -> Problem | None:
    """The problem of where a link or image leads, if any (pictures on the
    editor's computer: resource_rules.check_external_resources)."""
    if local_file_name(reference.url) is not None:
        return _local_link(item, reference, line)
    if options.existing_files is None:
        return None
    return _missing_target(item, reference, line, options.existing_files)
