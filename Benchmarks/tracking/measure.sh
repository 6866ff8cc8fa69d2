#!/usr/bin/env bash
# Participation import and report timings beside the sqlite3 shell doing the same work on the same schema.
#
#   Benchmarks/tracking/measure.sh ECOLEARN DATA_DIR LIBRARY [RUNS] [WHAT...]
#
# DATA_DIR holds events.csv and attendance.csv from Benchmarks/generate_records.py; LIBRARY is a workspace whose
# lessons/ hold the unit ids the events name. WHAT is any of: events attendance sqlite-import reports (default: all).
# Prints one line per run (name, wall s, user s, sys s, peak KB) and the median per measurement, on stdout.
set -euo pipefail
ECOLEARN=$1 DATA=$2 LIBRARY=$3 RUNS=${4:-3}
shift $(($# < 4 ? $# : 4))
WHAT=("$@")
((${#WHAT[@]})) || WHAT=(events attendance sqlite-import reports)
WORK=$(mktemp -d /tmp/trackbench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
HERE=$(cd "$(dirname "$0")" && pwd)
base=$WORK/base.sqlite db=$WORK/db.sqlite

wants() { local w; for w in "${WHAT[@]}"; do [[ $w == "$1" ]] && return 0; done; return 1; }

# measure NAME PREPARE COMMAND...: RUNS timed runs of COMMAND, PREPARE (a shell snippet) untimed before each.
measure() {
    local name=$1 prepare=$2 run walls=()
    shift 2
    for ((run = 1; run <= RUNS; run++)); do
        eval "$prepare"
        /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" \
            || { echo "FAILED: $name"; cat "$WORK/err"; return 1; }
        read -r wall user sys peak <"$WORK/time"
        printf '%s\trun %d\twall %s\tuser %s\tsys %s\tpeak %s KB\n' "$name" "$run" "$wall" "$user" "$sys" "$peak"
        walls+=("$wall $user $peak")
    done
    printf '%s\n' "${walls[@]}" | sort -n | awk -v n="$name" '{ w[NR] = $1; u[NR] = $2; m[NR] = $3 }
        END { i = int((NR + 1) / 2); printf "MEDIAN\t%s\twall %s s\tuser %s s\tpeak %.0f MB\n", n, w[i], u[i], m[i] / 1024 }'
}

"$ECOLEARN" events import "$DATA/events.csv" --library "$LIBRARY" --db "$base" >/dev/null
fresh="rm -f '$db' '$db'-*; sqlite3 '$base' \".backup '$db'\""

if wants events; then
    measure "ecolearn events import" "rm -f '$WORK/e.sqlite' '$WORK/e.sqlite'-*" \
        "$ECOLEARN" events import "$DATA/events.csv" --library "$LIBRARY" --db "$WORK/e.sqlite"
fi
if wants attendance; then
    measure "ecolearn attendance import" "$fresh" \
        "$ECOLEARN" attendance import "$DATA/attendance.csv" --library "$LIBRARY" --db "$db"
fi
if wants sqlite-import; then
    sed "s|@ATTENDANCE@|$DATA/attendance.csv|" "$HERE/import.sql" >"$WORK/import.sql"
    measure "sqlite3 shell .import" "$fresh" sqlite3 "$db" ".read '$WORK/import.sql'"
fi
if wants reports; then
    eval "$fresh"
    "$ECOLEARN" attendance import "$DATA/attendance.csv" --library "$LIBRARY" --db "$db" >/dev/null
    for by in "" month country+kind lesson all6; do
        python3 "$HERE/report_sql.py" "$by" >"$WORK/report.sql"
        args=()
        case $by in
            "") ;;
            all6) args=(--by month --by town --by country --by audience --by kind --by lesson) ;;
            *) args=(--by "$by") ;;
        esac
        measure "ecolearn report ${by:-plain}" "" "$ECOLEARN" report --library "$LIBRARY" --db "$db" "${args[@]}"
        measure "sqlite3 shell: SQL of report ${by:-plain}" "" sqlite3 "$db" ".read '$WORK/report.sql'"
    done
fi
