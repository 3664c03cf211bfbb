"""classify: AI named in one paragraph of another story is its side topic, not the article's.
An AI article names AI in its title or first paragraph, or in two paragraphs or more.
Invented sentences only, each with a near miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.classify import load_taxonomy
from generator.errors import ContentError
from tests.classify_helpers import themes_by_value as by_value

SHOPPING = ("Shoppers spent $9.1 billion online on the holiday, up 5%. Average prices rose 3%.\n\n"
            "Retailers said artificial intelligence shaped many offers. "
            "AI helpers answered 2 million questions.\n\n"
            "Store visits fell 2.4%.")


def test_one_ai_paragraph_leaves_a_shopping_story_general() -> None:
    themes = by_value(SHOPPING)
    assert themes[9100000000] == themes[5] == themes[3] == themes[2.4] == "general"
    assert themes[2000000] == "ai"  # its own sentence names AI


@pytest.mark.parametrize(("text", "title"), [
    # the first paragraph names AI
    ("Northmere said its AI assistant reached 40 million weekly users.\n\n"
     "It raised $2 billion in May.\n\nIts staff grew to 900.", "Title"),
    # the title names AI
    ("The start-up has 40 million weekly users.\n\nIt raised $2 billion in May.\n\n"
     "It will spend the money on AI research.", "AI start-up raises funds"),
    # two paragraphs name AI
    ("The start-up has 40 million weekly users.\n\nIts AI lab raised $2 billion in May.\n\n"
     "It will spend the money on AI research.", "Title"),
])
def test_an_ai_article_keeps_its_theme(text: str, title: str) -> None:
    assert set(by_value(text, title).values()) == {"ai"}


def test_min_paragraphs_must_be_a_whole_number(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yml"
    path.write_text("fallback: general\nthemes:\n  - slug: general\n    title: General\n"
                    "    min_paragraphs: 0\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_taxonomy(path)
    diag = error.value.diagnostics[0]
    assert (diag.line, diag.col) == (5, 21) and "min_paragraphs" in diag.message
