"""Which language an editor means by LANG=…, with the checker's suggestions."""

import re
from collections.abc import Sequence

from plugins.base.languages import authored_code, authored_codes, normalise_code
from plugins.base.languages import is_generated as is_generated_site
from plugins.checks.rules import suggest_language

# en_US.UTF-8, C.UTF-8, sr_RS@latin, C, POSIX, de_DE: what a shell's LANG holds.
LOCALE = re.compile(r"^(?:C|POSIX)(?:\..*)?$|[.@]|^[A-Za-z]{2,3}_[A-Za-z]{2}$")


class EditorError(Exception):
    """A mistake in what the editor asked for; the message says how to fix it."""


def is_generated(code: str) -> bool:
    """Tell whether a language site is generated from another (sr-Latn)."""
    site_code = normalise_code(code) or code
    return is_generated_site(site_code)


def written_languages(site_codes: Sequence[str]) -> tuple[str, ...]:
    """Return the languages editors write in, without generated ones (sr-Latn)."""
    return tuple(code for code in authored_codes(site_codes) if not is_generated(code))


def looks_like_locale(value: str) -> bool:
    """Tell whether a LANG value is a system locale (C.UTF-8) and not a site code."""
    return bool(LOCALE.search(value.strip()))


def canonical_code(value: str, choices: Sequence[str]) -> str | None:
    """Return the choice value stands for (any case, sr-Cyrl for sr), or None."""
    wanted = value.strip().lower()
    site_code = normalise_code(value) or ""
    authored = authored_code(site_code).lower()
    for code in choices:
        if code.lower() in (wanted, authored):
            return code
    return None


def resolve_language(value: str, choices: Sequence[str]) -> str:
    """Return the language code LANG=value names, or raise EditorError saying why."""
    listed = ", ".join(choices)
    example = "lv" if "lv" in choices else choices[0]
    if not value.strip():
        raise EditorError(
            f"LANG is missing: add LANG={example} (a site language: {listed})."
        )
    if looks_like_locale(value):
        raise EditorError(
            f'LANG is "{value}", which is your system locale, not a site language:'
            f" set LANG={example} (a site language: {listed})."
        )
    code = canonical_code(value, choices)
    if code is not None:
        return code
    guess = suggest_language(value, tuple(choices))
    fix = f'use "{guess}" (one of {listed}).' if guess else f"use one of {listed}."
    raise EditorError(f'LANG "{value}" is not a site language: {fix}')
