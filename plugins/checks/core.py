"""Check a whole content tree and report every problem at once.

Pure: reads files, imports nothing from Pelican. The plugin's register() calls
check_content_tree() and prints format_report()."""

import hashlib
import os
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date
from pathlib import Path

import msgspec

from plugins.base.cache import Store, source_digest
from plugins.checks.body_rules import (
    check_numbered_lines,
    check_references,
    check_summary,
    check_unsafe_html,
)
from plugins.checks.date_rules import (
    check_dates,
    check_event,
    check_local_times,
    check_publication_date,
)
from plugins.checks.file_rules import (
    Tree,
    check_static_files,
    in_folders,
    scan_tree,
)
from plugins.checks.limit_rules import check_nesting
from plugins.checks.link_rules import check_links_to_unpublished
from plugins.checks.media_rules import at_usages
from plugins.checks.memo import CheckMemo, Walk
from plugins.checks.metadata import ContentFile, parse_content_file
from plugins.checks.name_rules import (
    check_slug,
    check_tag_addresses,
    check_tags,
    check_template,
)
from plugins.checks.options import (
    KNOWN_KEYS,
    PHONE_REGIONS,
    SITE_LANGUAGES,
    CheckOptions,
    simple_slugify,
)
from plugins.checks.phone_rules import check_contact_phone
from plugins.checks.place_rules import check_places, in_item_folder, is_markdown
from plugins.checks.policy import (
    CONTENT_FOLDERS,
    IGNORED_NAMES,
    MARKDOWN_SUFFIXES,
    MAX_MARKDOWN_BYTES,
    size_label,
)
from plugins.checks.problem import Problem, error, format_report, summary_line
from plugins.checks.resource_rules import check_external_resources
from plugins.checks.rules import (
    check_category,
    check_keys,
    check_language,
    check_metadata_block,
    check_page_fields,
    check_status,
    check_title,
    check_translation_flag,
)
from plugins.checks.script_rules import check_mixed_words, check_serbian_script
from plugins.checks.signatures import read_signed, signatures_store, text_key
from plugins.checks.site_rules import check_site
from plugins.checks.tag_rules import check_tag_names, read_tag_file
from plugins.checks.text_rules import (
    check_continuation_lines,
    check_invisible_characters,
)
from plugins.checks.unpublished import check_placeholders, unpublished_lines
from plugins.checks.zone_rules import check_timezone

__all__ = [
    "CONTENT_FOLDERS",  # tools/watch.py reads these two
    "MARKDOWN_SUFFIXES",
    "CheckMemo",  # tools/watch.py keeps one
    "CheckOptions",
    "Problem",
    "check_content_tree",
    "check_file_text",
    "check_texts",
    "format_report",
    "summary_line",
]

FILE_RULES = (
    check_metadata_block,
    check_title,
    check_language,
    check_keys,
    check_dates,
    check_publication_date,
    check_event,
    check_category,
    check_timezone,
    check_status,
    check_placeholders,
    check_translation_flag,
    check_page_fields,
    check_references,
    check_unsafe_html,
    check_numbered_lines,
    check_mixed_words,
    check_serbian_script,
    check_invisible_characters,
    check_continuation_lines,
    check_external_resources,
    check_summary,
    check_local_times,
    check_nesting,
    check_slug,
    check_tags,
    check_template,
    check_contact_phone,
)
# Cross-file rules that read only each file's path and metadata fields, and the
# options: a memo keeps their problems while those stay the same (memo.py).
FIELD_RULES = (check_site, check_tag_addresses, check_tag_names)
# Cross-file rules that read the texts too: they run every time.
TEXT_RULES = (check_links_to_unpublished,)


def _check_item(item: ContentFile, options: CheckOptions) -> list[Problem]:
    return [problem for rule in FILE_RULES for problem in rule(item, options)]


def check_file_text(
    path_label: str, text: str, options: CheckOptions | None = None
) -> list[Problem]:
    """Return the problems of one file; path_label is relative to the content root."""
    options = options or CheckOptions()
    return sorted(set(_check_item(parse_content_file(path_label, text), options)))


def check_texts(
    texts: Mapping[str, str],
    options: CheckOptions | None = None,
    memo: dict | None = None,
) -> list[Problem]:
    """Return the problems of many files (path label -> text), cross-file ones too.

    `memo` (text digest -> parsed file and its own problems) lets a caller keep the
    per-file results of unchanged files between runs with the same options; the
    cross-file rules always run over every file.
    """
    options = options or CheckOptions()
    keys = {path: text_key(path, text) for path, text in texts.items()}
    items, problems = checked_files(texts, keys, options, memo)
    return sorted(
        {*problems, *field_problems(items, options), *text_problems(items, options)}
    )


def checked_files(
    texts: Mapping[str, str],
    keys: Mapping[str, str],
    options: CheckOptions,
    memo: dict | None,
) -> tuple[list[ContentFile], list[Problem]]:
    """Every file parsed, and the problems of each alone; `keys` holds each
    path's text_key, under which `memo` keeps what it found (see check_texts)."""
    items, problems = [], []
    for path, key in keys.items():
        checked = memo.get(key) if memo is not None else None
        if checked is None:
            item = parse_content_file(path, texts[path])
            checked = (item, _check_item(item, options))
            if memo is not None:
                memo[key] = checked
        items.append(checked[0])
        problems.extend(checked[1])
    return items, problems


def field_problems(
    items: list[ContentFile],
    options: CheckOptions,
    memo: CheckMemo | None = None,
    kept: Store | None = None,
    made_with: str = "",
) -> list[Problem]:
    """The problems FIELD_RULES find; a memo's while the fields are as they were.

    Without a memo, those a `kept` store holds for the same fields, found with
    the same options and functions (`made_with`: their digests, see
    check_content_tree); an edit of a text leaves every field as it was."""
    fields = (
        options.today,
        options.tag_table,
        options.tag_file_broken,
        frozenset(options.reserved_paths),
        tuple((item.path, item.fields) for item in items),
    )
    found = memo.field_results(fields) if memo is not None else None
    inputs = None
    if memo is None and kept is not None and kept.on and made_with:
        inputs = fields_inputs(fields, made_with)
        found = kept.read(inputs, list[Problem])
    if found is None:
        found = [problem for rule in FIELD_RULES for problem in rule(items, options)]
        if memo is not None:
            memo.keep_field_results(fields, found)
        elif inputs is not None:
            kept.write(inputs, found)
    return found


def fields_inputs(fields: tuple, made_with: str) -> str:
    """What the field rules' problems are kept under: every file's fields, the
    rules' other inputs and `made_with` (field_problems)."""
    today, table, broken, reserved, files = fields
    names = {key: dict(value) for key, value in table.names.items()} if table else {}
    fallback = table.fallback if table else None
    every = [made_with, str(today), names, fallback, broken, sorted(reserved), files]
    return hashlib.sha256(FIELDS_ENCODER.encode(every)).hexdigest()


def text_problems(items: list[ContentFile], options: CheckOptions) -> list[Problem]:
    """The problems TEXT_RULES find."""
    return [problem for rule in TEXT_RULES for problem in rule(items, options)]


FIELDS_ENCODER = msgspec.msgpack.Encoder()
# New or changed rules must see every file again, not reuse results of the old ones.
# The rules use the base layer's dates, keys, slugs and languages: its code counts.
RULES_DIGEST = "|".join(
    source_digest(folder, deep=True)
    for folder in (Path(__file__).parent, Path(__file__).parents[1] / "base")
)
# What the memo keeps per file (text key -> parsed file and its own problems).
Checked = tuple[ContentFile, list[Problem]]
MEMO_TYPE = dict[str, Checked]


def options_digest(options: CheckOptions) -> str:
    """What per-file results depend on besides the file itself (for memo files)."""
    parts = (
        RULES_DIGEST,
        options.languages,
        options.default_language,
        options.categories,
        options.known_keys,
        options.statuses,
        options.serbian_cyrillic,
        options.timezone,
        options.phone_regions,
        sorted(options.existing_files or ()),
    )
    return hashlib.sha1(repr(parts).encode()).hexdigest()


def _read_text(path: Path, label: str) -> str | Problem:
    """Return the file's text, or a Problem saying why it cannot be read."""
    try:
        with open(path, "rb") as source:  # never more than the limit into memory
            data = source.read(MAX_MARKDOWN_BYTES + 1)
        size = len(data) if len(data) <= MAX_MARKDOWN_BYTES else path.stat().st_size
    except OSError as reason:
        return error(
            label,
            1,
            f"The file cannot be read ({reason.strerror}).",
            "check that the file exists and may be read.",
        )
    if size > MAX_MARKDOWN_BYTES:
        return error(
            label,
            1,
            f"The file is {size_label(size)}; a Markdown file may be at most"
            f" {size_label(MAX_MARKDOWN_BYTES)}.",
            "split it into several items, or put long tables in a PDF under images/.",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as reason:
        line = data.count(b"\n", 0, reason.start) + 1
        return error(
            label,
            line,
            "The file is not saved as UTF-8 text.",
            'save it again with the encoding "UTF-8".',
        )


def _content_files(labels: Sequence[str]) -> list[str]:
    """The Markdown files under news/, events/ and pages/ among all files."""
    return [label for label in labels if in_item_folder(label) and is_markdown(label)]


def file_problems(root: Path, tree: Tree, static_paths: Sequence[str]) -> list[Problem]:
    """The problems of the files themselves: places, links, names, types, sizes."""
    statics = [
        label
        for label in tree.files
        if in_folders(label, static_paths) and not is_markdown(label)
    ]
    return [
        *tree.problems,
        *check_places(root, tree.files, static_paths),
        *check_static_files(root, statics),
    ]


def walk_tree(
    root: Path,
    static_paths: Sequence[str],
    ignored: Sequence[str],
    memo: CheckMemo | None,
) -> Walk:
    """The files of the tree, their problems as files and the Markdown files
    among them; a memo's from the last run while it holds (memo.py)."""

    def walk() -> Walk:
        tree = scan_tree(root, (*CONTENT_FOLDERS, *static_paths), ignored)
        problems = file_problems(root, tree, static_paths)
        return Walk(tree, problems, frozenset(tree.files), _content_files(tree.files))

    if memo is None:
        return walk()
    return memo.walk((os.fspath(root), tuple(static_paths), tuple(ignored)), walk)


def where_used(
    problems: list[Problem], texts: Mapping[str, str], static_paths: Sequence[str]
) -> list[Problem]:
    """Problems of static files moved to the Markdown lines that use the files."""
    moving = [p for p in problems if in_folders(p.path, static_paths)]
    if not moving:
        return problems
    kept = [p for p in problems if not in_folders(p.path, static_paths)]
    return kept + at_usages(moving, texts)


def check_content_tree(
    content_root: Path,
    languages: Sequence[str] = SITE_LANGUAGES,
    *,
    default_language: str = "",
    slugify: Callable[[str], str] = simple_slugify,
    reserved_paths: Collection[str] = frozenset(),
    site_paths: Callable[[Sequence[ContentFile]], Collection[str]] | None = None,
    extra_keys: Sequence[str] = (),
    timezone: str = "UTC",
    cache: Store | None = None,
    memo: CheckMemo | None = None,
    static_paths: Sequence[str] = ("images",),
    today: date | None = None,
    ignored: Sequence[str] = IGNORED_NAMES,
    phone_regions: Sequence[tuple[str, str]] = PHONE_REGIONS,
    edited: Collection[str] | None = None,
    functions: str = "",
) -> list[Problem]:
    """Return every problem in the content tree, sorted by file and line.

    With a `cache` (the checks' namespace of the cache), per-file results of
    unchanged files are reused between runs, and files whose signature is as it
    was are not read (signatures.py); a running process (the devserver) may
    keep them, and more, in a `memo` it passes to every run (memo.py). It may
    tell the `edited` files, the only ones changed since the memo's last run.
    `functions`: a digest of what `slugify` and `site_paths` compute with besides
    their arguments; with it, the cross-file rules' results are kept in the cache
    too, for the same fields of every file (field_problems).
    """
    content_root = Path(content_root)
    if not content_root.is_dir():
        raise FileNotFoundError(f"checks: content folder {content_root} does not exist")
    if memo is not None:
        memo.begin(edited)
    walked = walk_tree(content_root, static_paths, ignored, memo)
    tag_table, tag_file_problems = read_tag_file(content_root)
    options = CheckOptions(
        languages=tuple(languages),
        default_language=default_language,
        slugify=slugify,
        existing_files=walked.existing,
        reserved_paths=frozenset(reserved_paths),
        site_paths=site_paths,
        known_keys=KNOWN_KEYS + tuple(extra_keys),
        timezone=timezone,
        today=today,
        phone_regions=tuple(phone_regions),
        tag_table=tag_table,
        tag_file_broken=bool(tag_file_problems),
    )
    unreadable = [*walked.problems, *tag_file_problems]
    digest = options_digest(options)
    if memo is not None:
        memo.use_options(digest)
    cache = cache or Store(None, "checks")
    # A running process keeps the results in its memo, the first run starting from
    # the cache; a one-shot run writes the cache's shards that differ.
    kept = (memo.files if memo is not None else None) or load_memo(cache, digest)
    if memo is None and cache.on:
        texts, keys, reading = read_signed(
            content_root, walked.markdown, _read_text, kept, signatures_store(cache)
        )
        unreadable += reading
    else:
        texts, keys = read_texts(content_root, walked.markdown, unreadable, memo)
    unreadable = where_used(unreadable, texts, static_paths)
    before = set(kept)
    items, problems = checked_files(texts, keys, options, kept)
    kept = only_present(kept, keys)
    if memo is not None:
        memo.files = kept
    elif set(kept) != before:  # unchanged files: nothing to write
        cache.write_map(digest, kept, before)
    made_with = f"{digest}\0{functions}" if functions else ""
    problems += field_problems(items, options, memo, fields_store(cache), made_with)
    problems += text_problems(items, options)
    return sorted(unreadable + list(set(problems)))


def read_texts(
    root: Path, labels: Sequence[str], unreadable: list, memo: CheckMemo | None
) -> tuple[dict[str, str], dict[str, str]]:
    """Each readable file's text and text_key by its label; a problem added to
    `unreadable` for each other. A memo's text serves while the file's signature
    is unchanged (memo.py)."""
    texts, keys = {}, {}
    folder = os.fspath(root)
    for label in labels:
        known, signature = (
            memo.known_text(folder, label) if memo is not None else (None, None)
        )
        if known is not None:
            texts[label], keys[label] = known.text, known.key
            continue
        text = _read_text(Path(folder, label), label)
        if isinstance(text, Problem):
            unreadable.append(text)
            continue
        texts[label] = text
        keys[label] = text_key(label, text)
        if memo is not None:
            memo.keep_text(label, signature, text, keys[label])
    if memo is not None:
        memo.only(texts)
    return texts, keys


def unpublished_files(content_root: Path, today: date) -> list[str]:
    """One line per draft or scheduled file of the content tree, path first."""
    tree = scan_tree(Path(content_root), CONTENT_FOLDERS)
    items = []
    for label in _content_files(tree.files):
        text = _read_text(Path(content_root) / label, label)
        if not isinstance(text, Problem):
            items.append(parse_content_file(label, text))
    return unpublished_lines(items, today)


def fields_store(cache: Store) -> Store:
    """Where the cross-file rules' results are kept: beside the per-file results,
    the two most recent."""
    return cache.beside("check-fields", keep=2)


def load_memo(cache: Store, digest: str) -> dict[str, Checked]:
    """Per-file results kept by the last run with the same options, if any."""
    return cache.read_map(digest, MEMO_TYPE)


def only_present(memo: dict, keys: Mapping[str, str]) -> dict:
    """The results of the files that exist now, with the texts they have now
    (`keys`: each file's text_key)."""
    return {key: memo[key] for key in keys.values() if key in memo}
