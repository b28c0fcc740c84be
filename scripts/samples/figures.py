"""Invents consistent part 三 and part 四 figures from a seeded random generator: outcomes first, then
totals, then the balance newReceived + carriedOver = total + carriedForward. Deliberate mistakes are
applied afterwards by the catalog, on the printed texts."""
import random

from formats import REVIEW_ROWS, application_rows, outcome_rows


def applications(seed, scale, split_other_handling, carried_over=None, carried_forward=None):
    """Seven printed texts per part 三 row; scale is roughly the number of natural-person requests.
    carried_over / carried_forward (six counts, natural person .. other) replace the drawn ones, for reports of one
    agency in consecutive years whose carried-over figures must (or must not) match."""
    rng = random.Random(seed)
    weights = [1.0, 0.25, 0.05, 0.08, 0.1, 0.08]  # natural person .. other: people ask most
    rows = {}
    for row in outcome_rows(split_other_handling):
        share = {"granted": 0.4, "partiallyGranted": 0.08, "unavailable.notHeld": 0.2,
                 "notProcessed.complaint": 0.06, "notProcessed.duplicate": 0.05}.get(row, 0.015)
        rows[row] = [_count(rng, scale * share * w) for w in weights]
    total = [sum(rows[r][c] for r in rows) for c in range(6)]
    drawn_over = [min(t, rng.choice([0, 0, 0, 1, 2])) for t in total]
    drawn_forward = [rng.choice([0, 0, 1, 3]) if t else 0 for t in total]
    carried_over = list(carried_over) if carried_over is not None else drawn_over
    carried_forward = list(carried_forward) if carried_forward is not None else drawn_forward
    new_received = [t + f - o for t, f, o in zip(total, carried_forward, carried_over)]
    rows.update(newReceived=new_received, carriedOver=carried_over, total=total, carriedForward=carried_forward)
    return {row: [str(v) for v in rows[row] + [sum(rows[row])]] for row in application_rows(split_other_handling)}


def review(seed, scale):
    """Part 四: five printed texts (maintained, corrected, other, pending, total) per row."""
    rng = random.Random(seed)
    result = {}
    for row, share in zip(REVIEW_ROWS, [1.0, 0.4, 0.3]):
        values = [_count(rng, scale * share * w) for w in [0.6, 0.15, 0.1, 0.15]]
        result[row] = [str(v) for v in values + [sum(values)]]
    return result


def _count(rng, mean):
    """A small non-negative integer around mean; many cells of real tables are 0."""
    if mean < 0.3:
        return 1 if rng.random() < mean else 0
    return max(0, round(rng.gauss(mean, mean * 0.4)))


def proactive_2021(regulations, normative, licensing, penalty, coercion, fees):
    return {
        "regulations": dict(zip(["issued", "repealed", "inForce"], regulations)),
        "normativeDocuments": dict(zip(["issued", "repealed", "inForce"], normative)),
        "licensing": {"decisions": licensing}, "penalty": {"decisions": penalty},
        "coercion": {"decisions": coercion}, "fees": {"amount": fees},
    }


def proactive_2019(regulations, normative, licensing, other_services, penalty, coercion, fees, procurement):
    three = ["previousItems", "change", "decisions"]
    return {
        "regulations": dict(zip(["made", "published", "totalPublished"], regulations)),
        "normativeDocuments": dict(zip(["made", "published", "totalPublished"], normative)),
        "licensing": dict(zip(three, licensing)), "otherServices": dict(zip(three, other_services)),
        "penalty": dict(zip(three, penalty)), "coercion": dict(zip(three, coercion)),
        "fees": dict(zip(["previousItems", "change"], fees)),
        "procurement": dict(zip(["projects", "amount"], procurement)),
    }
