#!/usr/bin/env python3
"""Prints the SQL `ecolearn report` (no filter) runs for a grouping, for the sqlite3 shell baseline.

    report_sql.py ""            the plain report
    report_sql.py month         --by month (also town, country, audience, kind, lesson, country+kind)
    report_sql.py all6          --by month --by town --by country --by audience --by kind --by lesson
"""
import sys

KEYS = {"month": "substr(e.date, 1, 7)", "town": "e.town", "country": "e.country", "audience": "e.audience",
        "kind": "e.kind", "lesson": "COALESCE(el.unit_id, '(no lesson)')"}
LESSON_JOIN = "LEFT JOIN event_lesson el ON el.event_id = e.id"


def grouping(dimensions):
    keys = ", ".join(KEYS[d] for d in dimensions)
    join = LESSON_JOIN if "lesson" in dimensions else ""
    return [
        f"SELECT {keys}, COUNT(DISTINCT e.id) FROM event e {join} WHERE 1 GROUP BY {keys};",
        f"SELECT {keys}, COUNT(*), COUNT(DISTINCT a.participant_id) FROM event e {join} "
        f"JOIN attendance a ON a.event_id = e.id WHERE 1 GROUP BY {keys};",
        f"SELECT {keys}, COALESCE(SUM(h.count), 0) FROM event e {join} "
        f"JOIN headcount h ON h.event_id = e.id AND h.dimension = 'total' WHERE 1 GROUP BY {keys};",
    ]


def main():
    by = sys.argv[1] if len(sys.argv) > 1 else ""
    groupings = [["month"], ["town"], ["country"], ["audience"], ["kind"], ["lesson"]] if by == "all6" \
        else [by.split("+")] if by else []
    lines = [
        "SELECT MIN(e.date), MAX(e.date) FROM event e WHERE 1;",
        "SELECT COUNT(DISTINCT e.id) FROM event e WHERE 1;",
        "SELECT COUNT(*), COUNT(DISTINCT a.participant_id) FROM event e JOIN attendance a ON a.event_id = e.id WHERE 1;",
        "SELECT COALESCE(SUM(h.count), 0) FROM event e JOIN headcount h ON h.event_id = e.id "
        "AND h.dimension = 'total' WHERE 1;",
    ]
    for dimensions in groupings:
        lines += grouping(dimensions)
    for column in ["gender", "age_band", "origin"]:
        lines += [
            f"SELECT COALESCE(p.{column}, 'not recorded'), COUNT(*), COUNT(DISTINCT p.id) FROM event e "
            "JOIN attendance a ON a.event_id = e.id JOIN participant p ON p.id = a.participant_id WHERE 1 GROUP BY 1;",
            f"SELECT h.value, SUM(h.count) FROM event e JOIN headcount h ON h.event_id = e.id "
            f"WHERE 1 AND h.dimension = '{column}' GROUP BY 1;",
            "SELECT COALESCE(SUM(h.count), 0) FROM event e JOIN headcount h ON h.event_id = e.id "
            "WHERE 1 AND h.dimension = 'total';",
        ]
    lines += [
        "SELECT r.unit_id, NULL, r.phase, COUNT(*), AVG(r.percent) FROM event e JOIN quiz_result r "
        "ON r.event_id = e.id WHERE 1 GROUP BY 1, 3 ORDER BY 1;",
        "SELECT r.unit_id, qa.objective_id, r.phase, COUNT(*), AVG(qa.fraction) * 100 FROM event e "
        "JOIN quiz_result r ON r.event_id = e.id JOIN quiz_answer qa ON qa.result_id = r.id WHERE 1 "
        "GROUP BY 1, 2, 3 ORDER BY 1, 2;",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
