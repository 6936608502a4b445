"""Thin receivers: take the static files Pelican found, process the pictures, publish
their variants, and give item HTML its pictures and document labels."""

import hashlib
import logging
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath

from pelican.generators import StaticGenerator

from plugins.base.cache import cache_root
from plugins.base.settings import Declaration, SiteError, site_values
from plugins.base.urls import SiteAddress
from plugins.multilingual.hooks import rewrites_from

from .documents import Document, document_facts, document_label, is_document
from .markup import Pictures, labelled_documents, linked_originals, responsive_images
from .pictures import process_pictures
from .publish import addresses, publish_variants, variant_address
from .settings import DECLARATION, picture_plan
from .store import PictureCache

logger = logging.getLogger(__name__)
STATE_KEY = "media"
# The editor's picture files: processed, never published as they are.
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"})


class MediaError(SiteError):
    """Pictures the site cannot publish; the message lists every one."""


@dataclass
class MediaState:
    """One build's pictures and documents, by the address content links them at."""

    pictures: Pictures
    documents: dict[str, Document] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)  # output paths of the variants
    processed: list[str] = field(default_factory=list)
    seconds: float = 0.0


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the MEDIA_ options, validated at start."""
    return DECLARATION


def is_picture(static) -> bool:
    """Tell whether a static file is an editor's picture."""
    return PurePosixPath(static.relative_source_path).suffix.lower() in (
        PICTURE_SUFFIXES
    )


def cache_of(settings) -> PictureCache:
    """The picture cache under CACHE_PATH; with caching off (base.cache.cache_root),
    a folder of this build only, removed when the build has published from it."""
    root = cache_root(settings)
    if root is None:
        return PictureCache(Path(tempfile.mkdtemp(prefix="site-media-")))
    return PictureCache(root / "media")


def process_statics(generators) -> None:
    """The all_generators_finalized receiver: pictures processed and published,
    their originals taken out of what Pelican copies; documents measured."""
    statics = [g for g in generators if isinstance(g, StaticGenerator)]
    if not statics:
        return
    context, settings = statics[0].context, statics[0].settings
    started = time.perf_counter()
    options = site_values([DECLARATION], settings)  # validated at start
    files = context.get("staticfiles", [])
    pictures = [static for static in files if is_picture(static)]
    cache = cache_of(settings)
    try:
        publish_pictures(context, settings, options, pictures, cache, started)
    finally:
        if cache_root(settings) is None:
            shutil.rmtree(cache.folder, ignore_errors=True)


def publish_pictures(context, settings, options, pictures, cache, started) -> None:
    """Process and publish the pictures, measure the documents, record the state."""
    files = context.get("staticfiles", [])
    outcome = process_pictures(
        Path(settings["PATH"]),
        [static.relative_source_path for static in pictures],
        picture_plan(options),
        cache,
        options["MEDIA_PROCESSES"],
    )
    if outcome.problems:
        raise MediaError("\n".join(outcome.problems))
    published = publish_variants(
        Path(settings["OUTPUT_PATH"]),
        ((outcome.keys[label], picture) for label, picture in outcome.pictures.items()),
        cache,
    )
    base_path = SiteAddress(settings["SITEURL"]).base_path
    context[STATE_KEY] = MediaState(
        pictures=Pictures(
            by_address={
                address: outcome.pictures[static.relative_source_path]
                for static in pictures
                for address in addresses(base_path, static.url)
            },
            address_of=partial(variant_address, base_path),
            default_width=options["MEDIA_DEFAULT_WIDTH"],
        ),
        documents=documents_by_address(files, base_path, cache),
        files=published.paths,
        processed=outcome.processed,
        seconds=time.perf_counter() - started,
    )
    context["staticfiles"] = [static for static in files if not is_picture(static)]
    report = {
        "pictures": len(outcome.pictures),
        "processed": len(outcome.processed),
        "written": len(published.written),
        "seconds": round(context[STATE_KEY].seconds, 3),
    }
    cache.save_report(report)
    logger.info(
        "media: %(pictures)d pictures, %(processed)d processed, %(written)d files"
        " written in %(seconds).2f s",
        report,
    )


def documents_by_address(files, base_path: str, cache) -> dict[str, Document]:
    """Type, size and pages of every document, by the addresses links use; PDFs
    are read only when new or changed."""
    found, known = {}, cache.pages_known()
    before = dict(known)
    for static in files:
        if is_document(static.relative_source_path):
            facts = document_facts(Path(static.source_path), known)
            for address in addresses(base_path, static.url):
                found[address] = facts
    if known != before:
        cache.save_pages(known)
    return found


def media_digest(state: MediaState) -> str:
    """A digest of what the item_html rewrite reads besides its arguments: every
    picture with its variants, and every document's facts, by address (their
    published addresses follow from the settings, digested apart)."""
    pictures = state.pictures
    facts = (
        sorted(pictures.by_address.items()),
        pictures.default_width,
        sorted(state.documents.items()),
    )
    return "media:" + hashlib.sha256(repr(facts).encode()).hexdigest()


def item_html(generator):
    """The multilingual item_html receiver: a function giving item HTML its
    responsive pictures and document labels in the item's language."""
    state = generator.context.get(STATE_KEY)
    if state is None:
        return None

    labels_of: dict[str, dict[str, str]] = {}

    @rewrites_from(media_digest(state))
    def rewrite(text: str, language, translations) -> str:
        labels = labels_of.get(language.code)
        if labels is None:
            labels = labels_of[language.code] = {
                address: document_label(facts, language.locale, translations.ngettext)
                for address, facts in state.documents.items()
            }
        text = responsive_images(text, state.pictures)
        text = linked_originals(text, state.pictures)
        return labelled_documents(text, labels)

    return rewrite
