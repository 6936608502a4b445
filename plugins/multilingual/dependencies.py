"""What a build's files depend on, kept from one build to the next.

A full build digests the context of every page to find the few whose inputs
changed: at N=1000 that was most of a `make html` after one edit. So the record a
build keeps beside its output (fingerprints.py) also says what the build depended
on (`Dependencies`): each item's revision, the items each file shows, the files of
each language's pages and every file the build made. The next build, a new process,
compares the registry it read with it (`revised_since`). When the base (theme,
catalogs, plugin code, settings, day) and the tag table are as they were, the same
items exist and only the text of news and events changed, it renders only the
pages that show those items, as the devserver's quick rebuild does
(quick.render_showing), writes the site-wide files that hold them, and keeps every
other file (BuildSession.write_revised).
"""

import hashlib
from collections.abc import Mapping
from pathlib import Path

from plugins.base.tag_table import TAG_FILE

from .fingerprints import Dependencies, RecordFile


def site_inputs(settings) -> str:
    """A digest of what the content folder gives pages besides items: the tag
    table (its names and descriptions are on tag pages)."""
    digest = hashlib.sha256()
    try:
        digest.update((Path(settings.get("PATH") or ".") / TAG_FILE).read_bytes())
    except OSError:
        digest.update(b"no tag table")
    return digest.hexdigest()


def recorded(
    state,
    shows: dict,
    page_files: dict,
    produced,
    inputs: str,
    replaced=(),
    earlier: Dependencies | None = None,
    earlier_shows: Mapping[str, frozenset[str]] | None = None,
) -> Dependencies:
    """The dependencies of a build: its registry, what each file shows, the files
    of each language's pages, every file it made and those a site_files receiver
    replaces.

    `earlier`: the dependencies the build started from, made from `earlier_shows`.
    What is as it was is taken from them instead of made again (a tenth of a second
    at N=1000): an item's digests while its revision is the same, and a file's list
    of shown items while it shows the very same set and the items are the same."""
    known = revisions_by_path(earlier)
    revisions = {}
    for item in state.registry.every_item():
        kept = known.get(item.path, "")
        same = kept.startswith(item.revision.hex() + ":") and kept.count(":") == 2
        revisions[item.path] = kept if same else revisions_of(item)
    # Files may show items the registry does not list as they are (e.g. a view's
    # copy): kept by path, with no revision.
    paths = sorted(revisions.keys() | set().union(*shows.values()))
    index = {path: number for number, path in enumerate(paths)}
    lists = {}
    if earlier is not None and earlier_shows is not None and earlier.paths == paths:
        lists = {
            file: earlier.shows[file]
            for file, shown in shows.items()
            if earlier_shows.get(file) is shown and file in earlier.shows
        }
    return Dependencies(
        inputs=inputs,
        paths=paths,
        revisions=[revisions.get(path, "") for path in paths],
        shows={
            file: lists[file] if file in lists else [index[path] for path in shown]
            for file, shown in shows.items()
        },
        languages={code: sorted(files) for code, files in sorted(page_files.items())},
        produced=sorted(produced),
        replaced=sorted(replaced),
    )


def revisions_of(item) -> str:
    """How the record keeps an item's digests: revision, fixed revision and face,
    hex, ":"-joined (see revision_parts)."""
    digests = (item.revision, item.fixed_revision, item.face_revision)
    return ":".join(digest.hex() for digest in digests)


def revisions_by_path(earlier: Dependencies | None) -> dict[str, str]:
    """What a record keeps of each item (revisions_of), by path; nothing when
    there is no record or it is spoilt."""
    if earlier is None or len(earlier.paths) != len(earlier.revisions):
        return {}
    return dict(zip(earlier.paths, earlier.revisions, strict=True))


def revision_parts(recorded: str) -> tuple[str, str, str]:
    """The revision, fixed revision and face a record keeps for an item; "" for
    any it does not hold (a spoilt record, or one from before faces)."""
    revision, fixed, face = (recorded.split(":") + ["", "", ""])[:3]
    return revision, fixed, face


def revised_since(state, record: RecordFile | None, inputs: str) -> set[str] | str:
    """The paths of the items whose text alone changed since the recorded build
    (none: an empty set), or why only checking every page can tell."""
    if record is None or record.dependencies is None:
        return "no record of the last build's dependencies"
    last = record.dependencies
    if last.inputs != inputs:
        return f"{TAG_FILE} changed"
    if len(last.revisions) != len(last.paths):
        return "the record of the last build is spoilt"
    languages = {language.code for language in state.languages}
    if set(last.languages) != languages:
        return "the languages changed"
    before = {
        path: rev for path, rev in zip(last.paths, last.revisions, strict=True) if rev
    }
    current = {item.path: item for item in state.registry.every_item()}
    if current.keys() != before.keys():
        return "items were added, removed or moved"
    revised = set()
    for path, item in current.items():
        revision, fixed, _face = revision_parts(before[path])
        if item.revision.hex() == revision:
            continue
        if item.fixed_revision.hex() != fixed:
            return f"the metadata of {item.source_path} changed"
        if item.kind == "page":
            return f"{item.source_path} is an institutional page, in every menu"
        revised.add(path)
    return revised


def changed_faces(state, record: RecordFile, revised: set[str]) -> set[str]:
    """Of the revised items, those whose face (what other pages show of them)
    changed too; all of them when the record does not say (see Digester)."""
    last = record.dependencies
    before = dict(zip(last.paths, last.revisions, strict=True))
    changed = set()
    for path in revised:
        _revision, _fixed, face = revision_parts(before.get(path, ""))
        if face != state.registry.item_at(path).face_revision.hex():
            changed.add(path)
    return changed


def shows_of(last: Dependencies) -> dict[str, frozenset[str]]:
    """Output file -> the paths of the items it showed; ValueError when an index
    is not one of the record's items (a spoilt record)."""
    paths, count = last.paths, len(last.paths)
    path_at = paths.__getitem__  # in C, as min and max: 23,681 files at N=1000
    shows = {}
    for file, indexes in last.shows.items():
        if indexes and (min(indexes) < 0 or max(indexes) >= count):
            raise ValueError(f"the record of {file} names an unknown item")
        shows[file] = frozenset(map(path_at, indexes))
    return shows
