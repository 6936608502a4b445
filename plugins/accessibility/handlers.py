"""Thin receivers: read the build's SiteState, call the core, hand back."""

from plugins.base.settings import Declaration
from plugins.multilingual.site_pages import PageSpec

from .core import statement_for, statement_path
from .settings import DECLARATION


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the ACCESSIBILITY_ options, validated at
    start."""
    return DECLARATION


def statement_page(state, language) -> list[PageSpec]:
    """`language_pages` receiver: the language's accessibility statement."""
    statement = statement_for(state.settings, state.site_info.get(language.code, {}))
    return [
        PageSpec(
            "accessibility.html",
            statement_path(language.prefix),
            {"statement": statement},
            same_page_in=lambda other: (statement_path(other.prefix), True),
        )
    ]


def statement_link(state, language, spec) -> dict:
    """`page_context` receiver: the footer's link to the statement."""
    return {"accessibility_page": statement_path(language.prefix)}


def chooser_statement_link(state, language) -> list[tuple[str, str]]:
    """`chooser_links` receiver: the statement of each language from the site root."""
    return [("Accessibility statement", statement_path(language.prefix))]
