"""Documents written in traditional characters (國務院辦公廳關於…的通知): read in simplified ones.

Every rule and gazetteer reads simplified Chinese, so a traditional document is read through its
simplified form, converted one character for one (offsets keep); what the graph keeps — names,
sentences, header facts — is taken back from the text as written (see ``ParsedDocument.as_written``).
"""

from __future__ import annotations

from functools import lru_cache

import opencc

from loaders.text import is_cjk, source_offsets

_TO_SIMPLIFIED = opencc.OpenCC("t2s")
_TO_TRADITIONAL = opencc.OpenCC("s2t")
# The share of Chinese characters conversion changes in a text written in traditional characters:
# in a simplified one it is nearly none (a variant here and there), in a traditional one a third or more.
MIN_TRADITIONAL_SHARE = 0.05
MIN_TRADITIONAL_CHARS = 10


@lru_cache(maxsize=4096)
def _simplified_char(char: str) -> str:
    converted = _TO_SIMPLIFIED.convert(char)
    return converted if len(converted) == 1 else char


def simplified(text: str) -> str:
    """``text`` in simplified characters, one character for each (a phrase rule that would change
    the length is not applied: offsets must keep)."""
    converted = _TO_SIMPLIFIED.convert(text)
    return converted if len(converted) == len(text) else "".join(_simplified_char(c) for c in text)


# Traditional forms of characters every government text uses (of 国, 关, 会, 发…): a text with few of them is simplified,
# known without converting it (the cheap test first: most texts are).
_COMMON_TRADITIONAL = "國關會發與為這個們對時來後經過還進區縣務業機構門開長問題實現點員際義說"


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters."""
    if sum(text.count(c) for c in _COMMON_TRADITIONAL) < MIN_TRADITIONAL_CHARS:
        return False
    changed = sum(1 for a, b in zip(text, simplified(text)) if a != b)
    cjk = sum(1 for c in text if is_cjk(c))
    return changed >= MIN_TRADITIONAL_CHARS and changed >= MIN_TRADITIONAL_SHARE * cjk


def as_traditional(name: str) -> str:
    """A simplified name as a traditional text writes it (国务院办公厅 → 國務院辦公廳), one character for each."""
    converted = _TO_TRADITIONAL.convert(name)
    return converted if len(converted) == len(name) else name


def rewritten(normalised: str, simplified_raw: str, raw: str) -> str:
    """``normalised`` (made from ``simplified_raw``, which ``raw`` was converted into) with each character
    that conversion changed taken back from ``raw`` (see :func:`loaders.text.source_offsets`)."""
    return "".join(raw[at] if at >= 0 else char for char, at in zip(normalised, source_offsets(normalised, simplified_raw)))
