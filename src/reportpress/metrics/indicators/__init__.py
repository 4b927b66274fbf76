"""Indicators: the shortest phrase of the text that names what a figure measures.

Read from the clause's grammar.  A count standing before its noun is named by
that noun and the predicate picking the counted ones out; a rate or an amount
by the subject of its clause; a share by its whole; a list by its siblings.
The subject of a clause is found in ``subjects``, a counted noun in ``counted``;
names are put together and tidied in ``names``.  The package, in the order a
paragraph goes through it (each module builds only on those before it):

* ``context``: the sentence around a figure and the words the rules share;
* ``check``: what makes a finished name weak (``weakness``);
* ``lists``: names shared across a list or a sentence (``share_indicators``, …);
* ``clauses``: each figure's name read from its own clause;
* ``owners``: the ordered chain of rules joining a bare measure to its owner
  (``chain_indicators``);
* ``finish``: every weak name made whole, last (``full_names``).
"""

from __future__ import annotations

from reportpress.metrics.indicators.check import weakness
from reportpress.metrics.indicators.finish import full_names
from reportpress.metrics.indicators.lists import (
    achieved_by_counted,
    air_quality_grades,
    aspects_named,
    bases_of_price_moves,
    bracketed_lists,
    budget_framed,
    budget_labelled,
    budget_plans,
    cases_and_persons,
    census_bases,
    changes_named_in_full,
    compared_in_brackets,
    counts_of_kinds_moved,
    counts_over_a_bar,
    earlier_years_in_notes,
    figures_of_project_opening,
    founding_verbs_shared,
    goods_held_per_head,
    goods_listed_before_deng,
    industries_named_bare,
    industries_of_whole,
    measures_left_out,
    measures_of_bodies_counted,
    measures_of_first_part,
    measures_of_regions,
    measures_of_siblings,
    measures_of_topic,
    modes_of_traffic,
    moves_of_goods_listed,
    owners_announced,
    owners_of_a_second_list,
    owners_of_bare_measures,
    owners_of_whole,
    people_parts,
    periods_told_apart,
    place_labelled,
    places_after_label,
    places_counted_listed,
    places_listed,
    places_of_whole,
    price_heads_listed,
    products_named_bare,
    projects_headed,
    property_kinds_labelled,
    regions_after_measure,
    respective_owners,
    schools_students,
    sectors_counted,
    sectors_measured,
    sectors_shared,
    share_indicators,
    shares_in_notes,
    speeds_named_after,
    speeds_of_parts_moved,
    structure_ratios,
    things_listed_before_deng,
)
from reportpress.metrics.indicators.owners import (
    budgets_balanced,
    chain_indicators,
    projects_lent_on,
)

__all__ = [
    "achieved_by_counted",
    "air_quality_grades",
    "aspects_named",
    "bases_of_price_moves",
    "bracketed_lists",
    "budget_framed",
    "budget_labelled",
    "budget_plans",
    "budgets_balanced",
    "cases_and_persons",
    "census_bases",
    "chain_indicators",
    "changes_named_in_full",
    "compared_in_brackets",
    "counts_of_kinds_moved",
    "counts_over_a_bar",
    "earlier_years_in_notes",
    "founding_verbs_shared",
    "full_names",
    "goods_held_per_head",
    "goods_listed_before_deng",
    "industries_named_bare",
    "industries_of_whole",
    "owners_of_a_second_list",
    "owners_of_whole",
    "measures_left_out",
    "measures_of_bodies_counted",
    "measures_of_first_part",
    "measures_of_regions",
    "regions_after_measure",
    "modes_of_traffic",
    "figures_of_project_opening",
    "measures_of_siblings",
    "measures_of_topic",
    "moves_of_goods_listed",
    "owners_announced",
    "periods_told_apart",
    "place_labelled",
    "places_counted_listed",
    "people_parts",
    "places_after_label",
    "property_kinds_labelled",
    "places_listed",
    "places_of_whole",
    "price_heads_listed",
    "owners_of_bare_measures",
    "products_named_bare",
    "projects_headed",
    "projects_lent_on",
    "respective_owners",
    "schools_students",
    "sectors_counted",
    "sectors_measured",
    "structure_ratios",
    "things_listed_before_deng",
    "sectors_shared",
    "share_indicators",
    "shares_in_notes",
    "speeds_of_parts_moved",
    "speeds_named_after",
    "weakness",
]
