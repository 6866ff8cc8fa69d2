# Benchmarks/run's sync section (sourced by Benchmarks/run; uses its measure, ratio, limit, skip, fail, say).
#
# A laptop's SQLite store holding EVENTS events and ROWS attendance rows (with their participants) is sent with
# `ecolearn sync --to` to an empty database on a throwaway PostgreSQL server on loopback, beside psql's \copy of
# the same rows (exported from the same laptop store, ids and UUIDs included) into the same schema, in one
# transaction. Then a second sync with nothing new. Each timed run starts from a fresh database and a fresh copy of
# the laptop store (not timed).

section_sync() {
    say "sync: $EVENTS events, $ROWS attendance rows, SQLite to PostgreSQL on loopback"
    if ! has_command sync; then skip "ecolearn sync not available"; return; fi
    if ! command -v psql >/dev/null || ! "$ROOT/scripts/with-postgres" --check; then
        skip "sync section: PostgreSQL (Debian postgresql: initdb, pg_ctl, psql) is missing"
        return
    fi
    if ((!HAVE_SQLITE)); then skip "sync section: sqlite3 is missing (apt-get install sqlite3)"; return; fi

    # The server lives while $hold exists: scripts/with-postgres runs a waiter that writes its URL and password file.
    local pgenv="$WORK/pg.env" hold="$WORK/pg.hold" tries
    touch "$hold"
    "$ROOT/scripts/with-postgres" bash -c \
        'printf "PG_URL=%q\nPG_PASSFILE=%q\n" "$ECOLEARN_TEST_POSTGRES_URL" "$PGPASSFILE" >"$1.tmp" && mv "$1.tmp" "$1"
         while [[ -e $2 ]]; do sleep 0.2; done' _ "$pgenv" "$hold" 2>"$WORK/pg.log" &
    local server=$!
    tries=0
    while [[ ! -e $pgenv ]] && ((tries++ < 600)); do sleep 0.1; done
    if [[ ! -e $pgenv ]]; then fail "sync: the throwaway PostgreSQL server did not start"; cat "$WORK/pg.log" >&2; rm -f "$hold"; return; fi
    local PG_URL PG_PASSFILE
    source "$pgenv"
    export PGPASSFILE=$PG_PASSFILE
    local target=${PG_URL%/postgres}/bench
    local admin=("psql" "-X" "-q" "-v" "ON_ERROR_STOP=1" "-d" "${PG_URL/postgres:/postgresql:}")
    local psql_bench=("psql" "-X" "-q" "-v" "ON_ERROR_STOP=1" "-d" "${target/postgres:/postgresql:}")

    # The laptop: the generated events and sign-in sheet imported (not timed).
    local laptop="$WORK/laptop.sqlite" run="$WORK/run.sqlite"
    "$ECOLEARN" events import "$RECORDS/events.csv" --library "$SMALL" --db "$laptop" >/dev/null \
        && "$ECOLEARN" attendance import "$RECORDS/attendance.csv" --library "$SMALL" --db "$laptop" >/dev/null \
        || { fail "sync: importing the laptop's data"; rm -f "$hold"; wait "$server"; return; }

    local fresh_db="PGOPTIONS=--client-min-messages=warning ${admin[*]} -c 'DROP DATABASE IF EXISTS bench' -c 'CREATE DATABASE bench'"
    local fresh_laptop="rm -f '$run' '$run'-*; sqlite3 '$laptop' \".backup '$run'\""
    local heavy=$((RUNS < 3 ? RUNS : 3))
    PREPARE="$fresh_db && $fresh_laptop"
    measure "ecolearn sync --to ($ROWS attendance rows)" "$heavy" "$ECOLEARN" sync --to "$target" --db "$run" \
        || { rm -f "$hold"; wait "$server"; return; }
    measure "ecolearn sync --to, nothing new" "$RUNS" "$ECOLEARN" sync --to "$target" --db "$run"
    limit "ecolearn sync --to, nothing new" 2.000

    # The baseline: the same rows exported from the laptop (not timed), \copy'd into the same schema. The schema
    # comes from an ecolearn sync of a fresh copy of the laptop with every row marked sent (it sends nothing; a copy
    # that has seen another server would send everything again).
    local schema_laptop="$WORK/schema.sqlite"
    local fresh_schema="rm -f '$schema_laptop' '$schema_laptop'-*; sqlite3 '$laptop' \".backup '$schema_laptop'\" && sqlite3 '$schema_laptop' 'UPDATE event SET synced = 1; UPDATE participant SET synced = 1; UPDATE attendance SET synced = 1;'"
    local csv="$WORK/copy"
    mkdir -p "$csv"
    sqlite3 -csv "$laptop" "SELECT id, uuid, code, date, town, country, title, kind, audience, language, organiser, facilitator FROM event" >"$csv/event.csv"
    sqlite3 -csv "$laptop" "SELECT event_id, unit_id FROM event_lesson" >"$csv/event_lesson.csv"
    sqlite3 -csv "$laptop" "SELECT event_id, dimension, value, count, uuid FROM headcount" >"$csv/headcount.csv"
    sqlite3 -csv "$laptop" "SELECT id, uuid, key, folded_key, organisation, age_band, gender, origin, consent_listing, consent_photos FROM participant" >"$csv/participant.csv"
    sqlite3 -csv "$laptop" "SELECT event_id, participant_id, uuid FROM attendance" >"$csv/attendance.csv"
    cat >"$csv/copy.sql" <<SQL
BEGIN;
\\copy event (id, uuid, code, date, town, country, title, kind, audience, language, organiser, facilitator) from '$csv/event.csv' csv
\\copy event_lesson (event_id, unit_id) from '$csv/event_lesson.csv' csv
\\copy headcount (event_id, dimension, value, count, uuid) from '$csv/headcount.csv' csv
\\copy participant (id, uuid, key, folded_key, organisation, age_band, gender, origin, consent_listing, consent_photos) from '$csv/participant.csv' csv
\\copy attendance (event_id, participant_id, uuid) from '$csv/attendance.csv' csv
COMMIT;
SQL
    PREPARE="$fresh_db && $fresh_schema && '$ECOLEARN' sync --to '$target' --db '$schema_laptop' >/dev/null"
    measure "psql \\copy of the same rows ($ROWS attendance rows)" "$heavy" "${psql_bench[@]}" -f "$csv/copy.sql"
    ratio "ecolearn sync --to ($ROWS attendance rows)" "psql \\copy of the same rows ($ROWS attendance rows)" "<= 1.5x"

    rm -f "$hold"
    wait "$server"
}
