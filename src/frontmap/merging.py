"""Merging the claims of one article that report the same event.

The shared gold keeps one claim per (type, place, actor, event date). Mentions are merged
around that key, with three looser joins:

* a mention dated only because it is news of the publication day (a headline) joins a claim
  the text dates explicitly ("Russia says Bakhmut taken" + "…captured it on Saturday");
* a mention naming no side joins the sided claim of that type, place and day, except fighting
  ("heavy fighting around X" has no attacker and stays apart from a side's attack there);
* an undated mention joins a dated claim of the same type, place and actor.

Status: a denial of one mention denies the merged claim, except for a strike that another
mention reports from the denying side itself (Russia's version of a strike, called a lie by
Ukraine, does not deny Ukraine's own report of the strike).
"""

from __future__ import annotations

from dataclasses import replace

from .models import Claim
from .vocab import ClaimType, Status

REPORT_DATED = "reported as news of the publication day"


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per (type, place, actor, event date) in an article; an undated claim merges
    into a dated one of the same type, place and actor. The earliest mention gives the evidence;
    the first attributed mention gives the claimant."""
    claims = sorted(claims, key=lambda c: c.span[0])
    merged: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.type, claim.place.entry.place_id, claim.actor, claim.event_date)
        if key in merged:
            merged[key] = _combine(merged[key], claim)
        else:
            merged[key] = claim
    # A claim dated only because it was news of the day (a headline) is the same event as one
    # the text dates explicitly: "Russia says Bakhmut taken" + "…captured it on Saturday".
    explicit = {(k[0], k[1], k[2]) for k, c in merged.items()
                if k[3] is not None and REPORT_DATED not in c.rule}
    for key in [k for k, c in merged.items() if k[3] is not None and REPORT_DATED in c.rule
                and (k[0], k[1], k[2]) in explicit]:
        claim = merged.pop(key)
        target = next(k for k, c in merged.items() if k[:3] == key[:3] and k[3] is not None
                      and REPORT_DATED not in c.rule)
        merged[target] = _combine(merged[target], claim)
    # A mention that names no side ("TT: Vuhledar övergiven") is the same event as the one of
    # that type, place and day whose side the text names ("Ukrainas armé har lämnat Vuhledar")
    sided = {(k[0], k[1], k[3]) for k in merged if k[2] is not None}
    for key in [k for k in merged if k[2] is None and (k[0], k[1], k[3]) in sided
                and k[0] is not ClaimType.ATTACK]:
        sideless = merged.pop(key)
        target = next(k for k in merged if (k[0], k[1], k[3]) == (key[0], key[1], key[3])
                      and k[2] is not None)
        merged[target] = _combine(merged[target], sideless)
    dated = {(k[0], k[1], k[2]) for k in merged if k[3] is not None}
    for key in [k for k in merged if k[3] is None and (k[0], k[1], k[2]) in dated]:
        undated = merged.pop(key)
        target = next(k for k in merged if k[:3] == key[:3] and k[3] is not None)
        merged[target] = _combine(merged[target], undated)
    return sorted(merged.values(), key=lambda c: (c.span[0], c.type.value, c.place.entry.place_id))


def _combine(first: Claim, other: Claim) -> Claim:
    """``first`` (the claim kept: its evidence and place) with ``other`` merged into it."""
    claimant, side = first.claimant, first.claimant_side
    if claimant is None and other.claimant is not None:
        claimant, side = other.claimant, other.claimant_side
    verified = False if False in (first.verified, other.verified) else first.verified
    return replace(first, claimant=claimant, claimant_side=side,
                   status=_merged_status(first, other), verified=verified,
                   confidence=max(first.confidence, other.confidence))


def _merged_status(first: Claim, other: Claim) -> Status:
    """The status of two mentions of one event: confirmed when either is; denied when either
    is — unless the other mention is reported by the denying side itself (the denied
    mention's opponent): Ukraine calling Russia's version of a strike a lie does not deny
    Ukraine's own report of that strike."""
    statuses = {first.status, other.status}
    if Status.CONFIRMED in statuses:
        return Status.CONFIRMED
    if statuses == {Status.DENIED, Status.CLAIMED}:
        denied, kept = (first, other) if first.status is Status.DENIED else (other, first)
        denier = denied.claimant_side.opponent() if denied.claimant_side else None
        # only for strikes: the denier contests the target ("a military post"), not the
        # strike; a capture Kyiv "rejected" stays denied though Kyiv's sentence names it
        if (first.type is ClaimType.STRIKE and denier is not None
                and kept.claimant_side is denier):
            return Status.CLAIMED
        return Status.DENIED
    return first.status
