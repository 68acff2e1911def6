"""Pinyin glosses some mirror pages put after characters (蟠貓鄉(xiāng)人民政府): read without them, kept as written.

Copies of government pages on some mirror sites gloss characters with their pinyin in brackets. Every
rule reads a name as characters run together, so such a text is read with its glosses taken out;
what the graph keeps of it — names, header facts — is taken back from the text as written, glosses
and all (see ``ParsedDocument.as_written``).
"""

from __future__ import annotations

import re

from loaders.text import CJK

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A syllable in brackets right after a character, with its tone marked (鄉(xiāng), 區(qū)): a gloss, not a
# bracketed word (…(initial), (A)).
_GLOSS_RE = re.compile(rf"(?<=[{CJK}])\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)")
# A text glosses its characters when it does so again and again, not once in a quoted word.
MIN_GLOSSES = 3


def unglossed(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its glosses and, for each character kept, its offset in ``text``; None for a text with
    fewer than :data:`MIN_GLOSSES` (the cheap test first: most texts have no bracketed syllable at all)."""
    if "(" not in text or len(glosses := list(_GLOSS_RE.finditer(text))) < MIN_GLOSSES:
        return None
    kept: list[str] = []
    offsets: list[int] = []
    at = 0
    for gloss in [*glosses, None]:
        end = gloss.start() if gloss else len(text)
        kept.append(text[at:end])
        offsets.extend(range(at, end))
        at = gloss.end() if gloss else end
    return "".join(kept), offsets
