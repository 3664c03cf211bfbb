"""The milestone matrix: figure-less achievements (milestones.py), each row one invented sentence
with the milestone cue a careful reader sees in it, or none.

Families: ``told`` (an achievement told: a launch, a landing, "a milestone for" a trade) and the
near misses found on the airline, drug, building and car sets: ``back`` (a milestone pointed back
at, "attributes this milestone to"), ``own`` (a step of a speaker's own progress, "a big
milestone in our recovery"), ``set-off`` (a participle set off after the noun it describes,
"its performance, achieved despite the strike") and ``described`` (an adverb of recency, "the
newly launched scooter").

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from generator.extract import read_sentence

ROWS: list[tuple[str, str, str | None]] = []


def _row(id_: str, sentence: str, cue: str | None) -> None:
    ROWS.append((id_, sentence, cue))


# told: achievements that stay milestones.
_row("told-launched", "Acme launched the Kite scooter in Westia.", "launched")
_row("told-achieved-historic", "Kestrel achieved a historic landing on Eastby Moon.", "achieved")
_row("told-milestone-for", "The merger is a milestone for Westia's ferry trade.", "milestone")
_row("told-reached-a-milestone", "Acme reached a milestone in Westia this spring.", "milestone")
_row("told-landmark-for", "The vote was a landmark for Eastby.", "landmark")
# back: a milestone pointed back at.
for _det, _verb in [("this", "attributes"), ("that", "celebrated"), ("these", "credits"), ("this", "owes")]:
    _row(f"near-back-{_det}-{_verb}", f"Brel {_verb} {_det} milestone to gains in Westia.", None)
_row("near-back-this-latest", "Acme credits this latest milestone to its staff in Eastby.", None)
# own: a step of one's own progress.
for _poss, _noun in [("our", "recovery"), ("its", "journey"), ("their", "growth"), ("our", "turnaround")]:
    _row(f"near-own-{_poss}-{_noun}", f'"It is a big milestone in {_poss} {_noun}," Jo Brel said.', None)
_row("near-own-landmark-in-its-story", "It was a landmark in its story, Acme said.", None)
# set-off: a participle after a comma, describing the noun before it.
_row("near-set-off-achieved-despite", "Jo Brel credited the outlook to Acme's stronger performance, achieved "
     "despite a long strike.", None)
_row("near-set-off-completed-in", "The Eastby bridge, completed in 1930, carries Westia trains.", None)
_row("near-set-off-launched-last", "The Kite, launched last spring, sold well in Westia.", None)
# described: an adverb of recency.
_row("near-described-newly", "The newly launched Kite sold well in Westia.", None)


def test_row_ids_are_unique() -> None:
    assert len({row[0] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("sentence", "cue"), [pytest.param(s, c, id=i) for i, s, c in ROWS])
def test_milestone_matrix(sentence: str, cue: str | None) -> None:
    found = [f.cue for f in read_sentence(sentence).figures if f.kind == "milestone"]
    assert found == ([] if cue is None else [cue])
