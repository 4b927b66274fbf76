"""One paragraph's metric mentions: figures, their lists, indicators and kinds."""

from __future__ import annotations

from reportpress.metrics.indicators import chain_indicators, share_indicators
from reportpress.metrics.kinds import kind_and_direction
from reportpress.metrics.scan import Item, Mention, chains, figures


def find_mentions(text: str) -> list[Mention]:
    """All metric mentions in one paragraph of text, in order, non-overlapping."""
    earlier: list[Item] = []
    lists = chains(text, figures(text))
    for chain in lists:
        for name, item in zip(chain_indicators(text, chain, earlier), chain, strict=True):
            item.indicator = name
        earlier.extend(chain)
    share_indicators(text, lists)
    mentions: list[Mention] = []
    for chain in lists:
        for item in chain:
            kind, direction = kind_and_direction(text, chain, item)
            mentions.append(
                Mention(
                    start=item.start,
                    end=item.end,
                    text=text[item.start : item.end],
                    value=item.value,
                    unit=item.unit,
                    approx=item.approx,
                    kind=kind,
                    direction=direction,
                    indicator=item.indicator,
                    low=item.low,
                )
            )
    return mentions
