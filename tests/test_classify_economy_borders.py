"""classify: the economy/general border as most development sets draw it. A country's measures
(manufacturing output, jobs, activity) are the economy; one firm that makes things reports its
own results, which go to its sector or to general. Invented sentences only, each with a near
miss that keeps its theme."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes


@pytest.mark.parametrize("text", [
    "The toolmaker, a precision manufacturing group, posted a profit of 41 million euros.",
    "The bicycle maker, which has manufacturing sites in two towns, sold 180,000 bikes last year.",
])
def test_one_firms_manufacturing_is_no_economy_news(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize("text", [
    "Manufacturing output fell 1.4% in March, the statistics office said.",
    "The manufacturing sector shed 12,000 jobs over the quarter.",
    "Manufacturing employment rose by 9,000 in June.",
])
def test_a_countrys_manufacturing_stays_economy(text: str) -> None:
    assert themes(text) == {"economy"}


@pytest.mark.parametrize("text", [
    "The ferry company carried 2.1 million passengers after a lower fare tariff came in.",
    "The cheese makers sold 40,000 tonnes abroad, though new tariffs on cheese may slow them.",
])
def test_a_tariff_in_a_sectors_story_is_no_economy_news(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize("text", [
    "The government raised import tariffs on steel to 30% from 15%.",
    "Its retaliatory tariffs cover goods worth $4 billion.",
])
def test_a_countrys_tariffs_on_imports_stay_economy(text: str) -> None:
    assert themes(text) == {"economy"}
