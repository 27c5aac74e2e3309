"""The translated pages at CODE/…: a translation where one exists, else the English text with a notice.

A translation is `translations/CODE/PATH` (PATH as in docs/). Its first line names the English
text it was made from: `<!-- translated-from: HASH -->`, HASH being `page_english_hash()` of the
English page as written. When the English page changes, the hash no longer matches: the
translation is listed as stale and its page says it may be out of date.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify

from ..i18n.languages import Language
from .language import _p, in_language, page_title

# Links to files that exist once, for every language (downloads, assets, the feed): one level up.
_SHARED_FILES = r"(\]\(|(?:src|href)=\")((?:\.\./)*)({prefix})?(downloads/|assets/)"
"""A link to a file, linked from the English page's place: one level deeper on the translated
page. The file is shared by every language, or the language's own (under its prefix: share cards)."""
_PAGE_TAGS = re.compile(r"^(?:share_image|share_image_alt|citation_author|citation_date): ")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?^---[ \t]*\n", re.S | re.M)
_HASH_LINE = re.compile(r"\A<!--\s*translated-from:\s*([0-9a-f]+)\s*-->[ \t]*\n")


def _notice(kind: str, title: str, body: str) -> str:
    return f'!!! {kind} "{title}"\n\n    {body}\n'


def not_translated() -> str:
    return _notice("note", _p("notice title", "Translation in preparation"),
                   _p("notice", "This page has not been translated yet. The English text follows."))


def stale_notice() -> str:
    return _notice("warning", _p("notice title", "The translation may be out of date"),
                   _p("notice", "The English text of this page changed after it was translated: the translation may not match the current English version."))


def legal_notice() -> str:
    return _notice("note", _p("notice title", "Official texts in this language"),
                   _p("notice", "The official texts of these provisions in this language are not reproduced here. Below is the English "
                   "text of each provision as given in the source named under it; the site has not translated these texts "
                   "and will not present a translation as the text of the law. The provisions' names, context and summaries "
                   "in this language are the editors' words, not the text of the law."))


@dataclass
class TranslatedPage:
    language: str  # its code in the registry
    path: str  # CODE/… relative to docs/
    english: str  # the English page's path
    markdown: str  # front matter, notices and text (markers still in it)
    translated: bool
    stale: bool


_EXCLUDED_FROM_SEARCH = re.compile(r"^search:[ \t]*\n[ \t]+exclude:[ \t]*true\b", re.M)
_SEARCH_BOOST = re.compile(r"^search:[ \t]*\n[ \t]+boost:[ \t]*([0-9.]+)[ \t]*$", re.M)


def _front_matter(markdown: str) -> str:
    match = _FRONT_MATTER.match(markdown)
    return match.group(0) if match else ""


def page_english_hash(markdown: str) -> str:
    """The hash of an English page's Markdown as written: a translation's `translated-from:` holds it."""
    text = "\n".join(line.rstrip() for line in markdown.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def translated_page(lang: Language, english_path: str, english_markdown: str, translation: str | None, *,
                    english_title: str, legal: bool = False, generated: str | None = None) -> TranslatedPage:
    """`generated`: the page rendered from data/ in `lang` (render/language.py), for a generated page.
    `english_title`: the title where the catalogue has no menu title for the page."""
    with in_language(lang.code):
        return _translated_page(lang, english_path, english_markdown, translation, title=page_title(english_path, english_title), legal=legal, generated=generated)


def _translated_page(lang: Language, english_path: str, english_markdown: str, translation: str | None, *, title: str, legal: bool, generated: str | None) -> TranslatedPage:
    stale = False
    if generated is not None:
        body = _after_title(_FRONT_MATTER.sub("", generated, count=1), legal_notice() if legal else "")
        translation = generated  # shown as a translation (kept out of search below)
    elif translation is not None:
        match = _HASH_LINE.match(translation)
        stale = match is None or match.group(1) != page_english_hash(english_markdown)
        body = translation[match.end():] if match else translation
        notices = stale_notice() if stale else ""
        body = _after_title(_with_english_anchor(body, english_markdown), notices)
    else:
        notices = not_translated() + ("\n" + legal_notice() if legal else "")
        body = _after_title(_FRONT_MATTER.sub("", english_markdown, count=1), notices)
    body = re.sub(_SHARED_FILES.format(prefix=re.escape(lang.prefix)), r"\1../\2\3\4", body)
    front = ["---", f"title: {_yaml_str(title)}", f"lang: {lang.code}"]
    # Each language has its own search index (publish/search_index.py): every page is in its
    # language's index, generated ones too, unless its English page is kept out of search.
    # The English page's search boost too, so that ranking is the same in every language's index.
    if _EXCLUDED_FROM_SEARCH.search(_front_matter(english_markdown)):
        front += ["search:", "  exclude: true"]
    elif boost := _SEARCH_BOOST.search(_front_matter(english_markdown)):
        front += ["search:", f"  boost: {boost.group(1)}"]
    if generated is not None:  # the page's share image and citation tags, rendered in this language
        front += [line for line in _front_matter(generated).splitlines() if _PAGE_TAGS.match(line)]
    front.append("---")
    return TranslatedPage(lang.code, lang.prefix + english_path, english_path, "\n".join(front) + "\n\n" + body, translation is not None, stale)


def stale_line(page: TranslatedPage, english_markdown: str) -> str:
    """How the build and `check` list a stale translation (a list, not an error: the build goes on)."""
    return (f"{(Path('translations') / page.language / page.english).as_posix()}: translated from an older text of docs/{page.english}; "
            f"update the translation and its first line to <!-- translated-from: {page_english_hash(english_markdown)} -->")


def without_notices(html: str, lang: Language) -> str:
    """A translated page's HTML without the notices above (for its share description)."""
    with in_language(lang.code):
        titles = [notice().split('"')[1] for notice in (not_translated, stale_notice, legal_notice)]
    for title in titles:
        start = html.find(f'<p class="admonition-title">{title}</p>')
        if start != -1:
            div = html.rfind("<div", 0, start)
            end = html.find("</div>", start)
            html = html[:div] + html[end + len("</div>"):]
    return html


def read_translation(root: Path, lang: Language, english_path: str) -> str | None:
    path = root / "translations" / lang.code / english_path
    return path.read_text(encoding="utf-8") if path.is_file() else None


_H1 = re.compile(r"^# (.+?)[ \t]*$", re.M)


def _with_english_anchor(translation: str, english_markdown: str) -> str:
    """The translation's title keeps the English title's anchor (a Cyrillic title's own would be
    '_1'), as its sections keep theirs: `{ #id }` written on the heading wins."""
    english, title = _H1.search(_FRONT_MATTER.sub("", english_markdown, count=1)), _H1.search(translation)
    if english is None or title is None or "{" in title.group(1) or "{" in english.group(1):
        return translation
    return translation[: title.end()] + f" {{ #{slugify(english.group(1), '-')} }}" + translation[title.end():]


def _after_title(markdown: str, notice: str) -> str:
    """The notice right under the page's first heading (or at the top)."""
    if not notice:
        return markdown
    lines = markdown.split("\n")
    for n, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: n + 1] + ["", notice] + lines[n + 1:])
    return notice + "\n" + markdown


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_HEADING_IN_LANGUAGE = re.compile(r'<h[1-6] id="([^"]+)"[^>]*><span lang="([\w-]+)">.*?</span><a class="headerlink"', re.S)


def headings_in_other_languages(html: str) -> dict[str, str]:
    """Heading id -> language, for the headings that are wholly a text in another language (a
    document's own title): the page's contents list marks them the same way (hooks/site.py)."""
    return dict(_HEADING_IN_LANGUAGE.findall(html))
