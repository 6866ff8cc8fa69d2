#!/usr/bin/env python3
"""Prints the SQL `ecolearn report` (no filter) runs on PostgreSQL for a grouping, for the psql baseline: the
same statements, in one read-only repeatable-read transaction, as PostgresParticipationStore+Report.swift sends.

    postgres_report_sql.py ""             the plain report
    postgres_report_sql.py month          --by month (also town, country, audience, kind, lesson, country+kind)
"""
import sys

KEYS = {"month": "to_char(e.date, 'YYYY-MM')", "town": "e.town", "country": "e.country", "audience": "e.audience",
        "kind": "e.kind", "lesson": "COALESCE(el.unit_id, '(no lesson)')"}


def groups(dimensions):
    keys = [KEYS[d] for d in dimensions]
    lessons = "LEFT JOIN event_lesson el ON el.event_id = e.id" if "lesson" in dimensions else ""
    selected = ", ".join(["e.id"] + [f"{key} AS k{index}" for index, key in enumerate(keys)])
    group_keys = [f"s.k{index}" for index in range(len(keys))]
    group_by = "GROUP BY " + ", ".join(group_keys) if group_keys else ""
    key_array = "ARRAY[" + ", ".join(group_keys) + "]" if group_keys else "ARRAY[]::text[]"
    with_s = f"WITH s AS (SELECT {selected} FROM event e {lessons} WHERE true)"
    return [
        f"{with_s} SELECT {key_array}, count(DISTINCT s.id), 0 FROM s {group_by};",
        f"{with_s} SELECT {key_array}, count(*), count(DISTINCT a.participant_id) FROM s "
        f"JOIN attendance a ON a.event_id = s.id {group_by};",
        f"{with_s} SELECT {key_array}, COALESCE(sum(h.count), 0), 0 FROM s "
        f"JOIN headcount h ON h.event_id = s.id AND h.dimension = 'total' {group_by};",
    ]


def main():
    by = sys.argv[1] if len(sys.argv) > 1 else ""
    lines = ["BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;",
             "SELECT to_char(min(e.date), 'YYYY-MM-DD'), to_char(max(e.date), 'YYYY-MM-DD') FROM event e WHERE true;"]
    lines += groups([])
    if by:
        lines += groups(by.split("+"))
    for column in ["gender", "age_band", "origin"]:
        lines.append(f"SELECT COALESCE(p.{column}, 'not recorded'), count(*), count(DISTINCT p.id) FROM event e "
                     f"JOIN attendance a ON a.event_id = e.id JOIN participant p ON p.id = a.participant_id "
                     f"WHERE true GROUP BY 1;")
    lines.append("SELECT h.dimension, h.value, sum(h.count) FROM event e JOIN headcount h ON h.event_id = e.id "
                 "WHERE true AND h.dimension <> 'total' GROUP BY 1, 2;")
    lines.append(
        "WITH r AS (SELECT q.id, q.event_id, q.unit_id, q.phase, q.respondent_key, q.percent "
        "FROM event e JOIN quiz_result q ON q.event_id = e.id WHERE true), "
        "score AS (SELECT qa.result_id, qa.objective_id, greatest(0, least(1, avg(qa.fraction))) AS score "
        "FROM quiz_answer qa WHERE qa.result_id IN (SELECT id FROM r) GROUP BY 1, 2), "
        "pair AS (SELECT b.unit_id, b.id AS pre_id, a.id AS post_id, b.percent AS pre, a.percent AS post "
        "FROM r b JOIN r a ON a.event_id = b.event_id AND a.unit_id = b.unit_id "
        "AND a.respondent_key = b.respondent_key AND a.phase = 'post' WHERE b.phase = 'pre') "
        "SELECT unit_id, NULL::text, phase, count(*), NULL::float8, NULL::float8 FROM r GROUP BY 1, 3 "
        "UNION ALL SELECT r.unit_id, s.objective_id, r.phase, count(*), NULL, NULL FROM r "
        "JOIN score s ON s.result_id = r.id GROUP BY 1, 2, 3 "
        "UNION ALL SELECT unit_id, NULL, NULL, count(*), avg(pre), avg(post) FROM pair GROUP BY 1 "
        "UNION ALL SELECT p.unit_id, b.objective_id, NULL, count(*), avg(b.score) * 100, avg(a.score) * 100 "
        "FROM pair p JOIN score b ON b.result_id = p.pre_id "
        "JOIN score a ON a.result_id = p.post_id AND a.objective_id = b.objective_id GROUP BY 1, 2;")
    lines.append("COMMIT;")
    print("\n".join(lines))


main()
