"""The Ukrainian pages at uk/…: a translation where one exists, else the English text with a notice.

A translation is `translations/uk/PATH` (PATH as in docs/). Its first line names the English
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

from .ukrainian_text import SECTIONS as SECTIONS  # the menu's section titles, read by hooks/site.py
from .ukrainian_text import TITLES

PREFIX = "uk/"
TRANSLATIONS = Path("translations") / "uk"
# Links to files that exist once, for both languages (downloads, assets, the feed): one level up from uk/.
_SHARED_FILES = re.compile(r"(\]\(|(?:src|href)=\")((?:\.\./)*)(downloads/|assets/|feed\.xml\b)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?^---[ \t]*\n", re.S | re.M)
_HASH_LINE = re.compile(r"\A<!--\s*translated-from:\s*([0-9a-f]+)\s*-->[ \t]*\n")

NOT_TRANSLATED = (
    '!!! note "Переклад готується"\n\n'
    "    Цю сторінку ще не перекладено українською. Нижче — англійський текст.\n"
)
STALE = (
    '!!! warning "Переклад може бути застарілим"\n\n'
    "    Англійський текст цієї сторінки змінився після перекладу: "
    "переклад може не відповідати чинній англійській версії.\n"
)
LEGAL = (
    '!!! note "Офіційні українські тексти"\n\n'
    "    Офіційні українські тексти цих норм тут не відтворено: редакція не має офіційного "
    "українського тексту жодної з них, тож офіційних українських джерел тут не використано. "
    "Нижче — англійський текст кожної норми, як його наведено в джерелі, названому під нормою; "
    "переклад цих текстів сайтом не зроблено і не буде подано як текст закону. Назви норм, "
    "контекст і стислі виклади українською — слова редакції, а не текст закону.\n"
)


@dataclass
class UkrainianPage:
    path: str  # uk/… relative to docs/
    english: str  # the English page's path
    markdown: str  # front matter, notices and text (markers still in it)
    translated: bool
    stale: bool


_EXCLUDED_FROM_SEARCH = re.compile(r"^search:[ \t]*\n[ \t]+exclude:[ \t]*true\b", re.M)


def _front_matter(markdown: str) -> str:
    match = _FRONT_MATTER.match(markdown)
    return match.group(0) if match else ""


def page_english_hash(markdown: str) -> str:
    """The hash of an English page's Markdown as written: a translation's `translated-from:` holds it."""
    text = "\n".join(line.rstrip() for line in markdown.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def ukrainian_page(english_path: str, english_markdown: str, translation: str | None, *, legal: bool = False, generated: str | None = None) -> UkrainianPage:
    """`generated`: the page rendered from data/ in Ukrainian (render/language.py), for a generated page."""
    title = TITLES.get(english_path, english_path.removesuffix(".md"))
    stale = False
    if generated is not None:
        body = _after_title(_FRONT_MATTER.sub("", generated, count=1), LEGAL if legal else "")
        translation = generated  # shown as a translation (kept out of search below)
    elif translation is not None:
        match = _HASH_LINE.match(translation)
        stale = match is None or match.group(1) != page_english_hash(english_markdown)
        body = translation[match.end():] if match else translation
        notices = STALE if stale else ""
        body = _after_title(_with_english_anchor(body, english_markdown), notices)
    else:
        notices = NOT_TRANSLATED + ("\n" + LEGAL if legal else "")
        body = _after_title(_FRONT_MATTER.sub("", english_markdown, count=1), notices)
    body = _SHARED_FILES.sub(r"\1../\2\3", body)
    front = ["---", f"title: {_yaml_str(title)}", "lang: uk"]
    # Out of the one search index: an English text already in it once, and the generated pages,
    # whose records' words shifted the English pages' ranking (Article 328 found Legal texts first).
    if translation is None or generated is not None or _EXCLUDED_FROM_SEARCH.search(_front_matter(english_markdown)):
        front += ["search:", "  exclude: true"]
    front.append("---")
    return UkrainianPage(PREFIX + english_path, english_path, "\n".join(front) + "\n\n" + body, translation is not None, stale)


def stale_line(page: UkrainianPage, english_markdown: str) -> str:
    """How the build and `check` list a stale translation (a list, not an error: the build goes on)."""
    return (f"{(TRANSLATIONS / page.english).as_posix()}: translated from an older text of docs/{page.english}; "
            f"update the translation and its first line to <!-- translated-from: {page_english_hash(english_markdown)} -->")


def without_notices(html: str) -> str:
    """A Ukrainian page's HTML without the notices above (for its share description)."""
    for notice in (NOT_TRANSLATED, STALE, LEGAL):
        title = notice.split('"')[1]
        start = html.find(f'<p class="admonition-title">{title}</p>')
        if start != -1:
            div = html.rfind("<div", 0, start)
            end = html.find("</div>", start)
            html = html[:div] + html[end + len("</div>"):]
    return html


def read_translation(root: Path, english_path: str) -> str | None:
    path = root / TRANSLATIONS / english_path
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
