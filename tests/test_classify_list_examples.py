"""classify: a cue that is one item of a list of other things names an example, not the
sentence's topic ("offerings from payroll, cloud and automation" in a company's results),
unless the list names its theme twice or more. Invented sentences only, each with a near miss."""

from __future__ import annotations

from generator.classify import _list_items, _matcher, _sentence_hits, load_taxonomy
from tests.classify_helpers import ROOT
from tests.classify_helpers import themes_by_value as by_value


def _hits(text: str) -> set[str]:
    matcher = _matcher(load_taxonomy(ROOT / "content" / "taxonomy.yml"))
    return {slug for slug, _ in _sentence_hits(matcher, text)}


RESULTS = ("Brackwell Systems said quarterly profit fell 6.2% to $410 million.\n\n"
           "\"Orders reached $1.9 billion, helped by services ranging from payroll, hosting and "
           "consulting to billing, audits, and automation,\" its chief executive said.\n\n"
           "Revenue will grow 2% this year.")


def test_a_list_of_offerings_leaves_company_results_general() -> None:
    themes = by_value(RESULTS, "Brackwell Systems trims its forecast")
    assert themes[6.2] == themes[1900000000] == themes[2] == "general"


def test_a_list_that_names_its_theme_twice_keeps_it() -> None:
    text = ("Brackwell Systems said quarterly profit fell 6.2% to $410 million.\n\n"
            "\"Orders reached $1.9 billion, led by robots, drones and exoskeletons,\" its chief "
            "executive said.\n\nRevenue will grow 2% this year.")
    assert by_value(text, "Brackwell Systems trims its forecast")[1900000000] == "robotics"


def test_goods_with_their_shares_name_the_goods() -> None:
    text = ("Customs officers seized counterfeit goods worth $12 million at the border.\n\n"
            "The agency said counterfeiting cost brand owners 15 per cent of their sales.\n\n"
            "The most seized items were mobile phones at 38 per cent, shoes (21), perfume (14) "
            "while toys made up 9 per cent.")
    themes = by_value(text, "Counterfeit goods seized at the border")
    assert themes[38] == themes[21] == themes[9] == "ip-statistics"


def test_examples_after_such_as_name_examples() -> None:
    text = ("Patent applications at the office rose 4% to 61,000 in the first half.\n\n"
            "Applications in fields such as artificial intelligence and quantum computing rose "
            "11% to 7,300.\n\nTrademark filings fell 2%.")
    themes = by_value(text, "Patent filings rise")
    assert themes[11] == themes[7300] == "ip-statistics"


def test_a_sentence_about_the_theme_keeps_its_cue() -> None:
    # Near misses: no list, a list of two items without "such as", a plural cue shared by
    # every item, a list of the theme's own things.
    assert _hits("The quantum computer ran 40 qubits, the lab said.") == {"quantum"}
    assert _hits("Robots and cranes moved 12,000 containers.") == {"robotics"}
    assert _hits("Buoys were placed in the Northern, Southern, and Arctic Oceans.") == {"ocean"}
    assert _hits("The probe carried an orbiter, a lander and a rover.") == {"space"}


def test_the_end_of_a_clause_before_a_comma_is_no_item() -> None:
    # "its robot fleet" ends a clause, not a list of one-to-three-word items after an opener.
    assert _hits("The firm doubled its robot fleet, hired 300 staff and opened two depots.") == {"robotics"}


def test_list_items_split_at_commas_and_the_closing_and() -> None:
    assert _list_items("cloud, hosting and automation") == ["cloud", "hosting", "automation"]
    assert _list_items("cloud, hosting, and automation") == ["cloud", "hosting", "automation"]
    assert _list_items("phones at 38 per cent, shoes (21), perfume (14)") == [
        "phones at 38 per cent", "shoes", "perfume"]


def test_the_cheap_pre_check_holds_for_every_enumeration() -> None:
    # _may_enumerate lets most sentences skip the enumeration search; it must find something
    # wherever the search would, or a list's cues would silently count again.
    from itertools import product

    from generator.classify import _enumeration, _may_enumerate

    items = ["kelp", "deep sea cables", "robots (12)", "tea at 31 per cent", "phones (a, b)"]
    joins = [", ", ", and ", " and ", " or ", " as well as "]
    openers = ["", "Sales of ", "goods such as ", "fields including ", "It rose in ", "(", "Firms, like "]
    checked = 0
    for opener, a, j1, b, j2, c in product(openers, items, joins, items, joins, items):
        text = f"{opener}{a}{j1}{b}{j2}{c} grew."
        if _enumeration().search(text) is not None:
            checked += 1
            assert _may_enumerate(text), text
    assert checked > 1000  # the product really builds enumerations


ORDERS = ("Brackwell Systems said quarterly orders rose 6.2% to $410 million.\n\n"
          "Revenue will grow 2% this year, the company said.")


def test_a_list_of_examples_in_the_title_names_no_theme() -> None:
    themes = by_value(ORDERS, "Payroll, hosting and artificial intelligence lift Brackwell's orders")
    assert themes[6.2] == themes[410000000] == "general"


def test_a_title_that_names_its_theme_or_lists_it_twice_keeps_it() -> None:
    assert by_value(ORDERS, "Artificial intelligence lifts Brackwell's orders")[6.2] == "ai"
    assert by_value(ORDERS, "Robots, drones and exoskeletons lift Brackwell's orders")[6.2] == "robotics"
