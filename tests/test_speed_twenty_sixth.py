"""Twenty-sixth session: the transliterator's per-pipeline cache of spellings is bounded.

`Romanizer._cache` holds one spelling per (unit as written, country) met: on an archive of
millions of articles the new names never stop coming, so it is emptied when a batch would take
it past `Romanizer._LIMIT`. A spelling depends on its key alone, so a name met again after that
gets the spelling it had (it is sent to the transliterator once more). Tested with a stand-in
transliterator, as tests/test_romanize.py does.
"""

from __future__ import annotations

import pytest

from marsad.actors import romanize
from marsad.actors.romanize import Romanizer


class _Fake:
    """Spells a name as "L:" + the name; counts the names it is given."""

    def __init__(self) -> None:
        self.names = 0

    def transliterate_many(self, texts, country=None):
        self.names += len(texts)
        return ["L:" + t for t in texts]

    def transliterate(self, text, country=None):
        self.names += 1
        return "L:" + text


@pytest.fixture
def fake(monkeypatch):
    t = _Fake()
    monkeypatch.setattr(romanize, "_transliterator", lambda: (t, True))
    return t


def test_the_cache_is_emptied_before_it_passes_its_bound(fake):
    r = Romanizer()
    r._LIMIT = 3
    names = ["ناصر", "فهد", "سالم", "كريم", "زاهر"]
    for name in names:
        assert r(name) == "L:" + name
        assert len(r._cache) <= 3
    # the fourth name found the cache full: it was emptied, then took the fourth and fifth
    assert len(r._cache) == 2
    assert fake.names == 5


def test_a_name_met_again_after_the_cache_was_emptied_keeps_its_spelling(fake):
    r = Romanizer()
    r._LIMIT = 2
    first = r("ناصر")
    r("فهد")
    r("سالم")  # empties the cache: ناصر is gone from it
    assert ("ناصر", None) not in r._cache
    assert r("ناصر") == first == "L:ناصر"
    assert fake.names == 4  # ناصر spelt twice


def test_a_batch_of_many_documents_is_filled_whole_after_the_cache_was_emptied(fake):
    r = Romanizer()
    r._LIMIT = 3
    r("ناصر")
    r("فهد")
    # three new names in one batch: the cache (2 + 3 > 3) is emptied first, then holds those
    # three, so each document's stand-ins are replaced by its names' spellings; ناصر, known
    # when its document was recorded, keeps the spelling it was given then
    runs = [lambda: r("سالم كريم"), lambda: r("زاهر"), lambda: r("ناصر")]
    assert r.batched_many(runs) == ["L:سالم L:كريم", "L:زاهر", "L:ناصر"]
    assert set(r._cache) == {("سالم", None), ("كريم", None), ("زاهر", None)}
    assert r("ناصر") == "L:ناصر" and fake.names == 6  # spelt again when met again
