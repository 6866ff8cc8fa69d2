/*
 * The libyaml baseline: read each file named on the command line (or listed one a line in @LIST),
 * run libyaml's event parser over it to the end, and delete every event. Nothing else: no tree, no strings
 * kept. This is the floor any YAML reader built on libyaml stands on.
 *
 *   cc -O2 -o yaml_events yaml_events.c -lyaml
 *   ./yaml_events a.yaml b.yaml ...      or      ./yaml_events @files.list
 *
 * Prints "files events bytes" on success; exits 1 on the first unreadable or invalid file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned char *buffer;
static size_t capacity;

/* Reads the whole file into the shared buffer; returns its length, or -1. */
static long read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return -1;
    size_t length = 0;
    for (;;) {
        if (length == capacity) {
            capacity = capacity ? capacity * 2 : 1 << 16;
            buffer = realloc(buffer, capacity);
            if (!buffer) { fclose(file); return -1; }
        }
        size_t got = fread(buffer + length, 1, capacity - length, file);
        length += got;
        if (got == 0) break;
    }
    int failed = ferror(file);
    fclose(file);
    return failed ? -1 : (long)length;
}

/* Parses one file's events; returns the event count, or -1 on a parse error. */
static long parse(const char *path, long *bytes) {
    long length = read_file(path);
    if (length < 0) { fprintf(stderr, "%s: cannot read\n", path); return -1; }
    *bytes += length;
    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    if (!yaml_parser_initialize(&parser)) return -1;
    yaml_parser_set_input_string(&parser, buffer, (size_t)length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                    parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
            yaml_parser_delete(&parser);
            return -1;
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    return events;
}

int main(int argc, char **argv) {
    long files = 0, events = 0, bytes = 0;
    char line[4096];
    for (int index = 1; index < argc; index++) {
        if (argv[index][0] == '@') {
            FILE *list = fopen(argv[index] + 1, "r");
            if (!list) { fprintf(stderr, "%s: cannot read the list\n", argv[index] + 1); return 1; }
            while (fgets(line, sizeof line, list)) {
                line[strcspn(line, "\n")] = 0;
                if (!*line) continue;
                long count = parse(line, &bytes);
                if (count < 0) { fclose(list); return 1; }
                events += count;
                files++;
            }
            fclose(list);
        } else {
            long count = parse(argv[index], &bytes);
            if (count < 0) return 1;
            events += count;
            files++;
        }
    }
    printf("%ld files %ld events %ld bytes\n", files, events, bytes);
    free(buffer);
    return 0;
}
