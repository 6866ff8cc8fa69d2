import EcoLearn

/// The signed-participants section of a report (`ReportOrigins`) as terminal tables, HTML and long CSV rows.
struct ReportOriginsRenderer {
    var origins: ReportOrigins
    var words: ReportWords

    /// Whether any threshold is set (otherwise there is nothing to flag).
    private var checks: Bool { origins.thresholds.minParticipants != nil || origins.thresholds.minInternational != nil }

    /// The rule the events were checked against, in words: "at least 50 signed participants, at least 25 of them
    /// international".
    private var rule: String {
        var parts: [String] = []
        if let minimum = origins.thresholds.minParticipants {
            parts.append(words(.atLeastParticipants).replacingOccurrences(of: "{n}", with: words.integer(minimum)))
        }
        if let minimum = origins.thresholds.minInternational {
            parts.append(words(.atLeastInternational).replacingOccurrences(of: "{n}", with: words.integer(minimum)))
        }
        return parts.joined(separator: ", ")
    }

    private var underTitle: String { "\(words(.eventsUnder)) (\(rule))" }

    private func shortfalls(_ event: ReportOrigins.Event) -> String {
        event.shortfalls.map { words($0 == .participants ? .shortParticipants : .shortInternational) }
            .joined(separator: ", ")
    }

    private var signedHeads: [String] { [words(.local), words(.international), words(.notRecorded), words(.signed)] }

    private func signedCells(_ signed: ReportOrigins.Signed) -> [String] {
        [signed.local, signed.international, signed.notRecorded, signed.total].map(words.integer)
    }

    private var eventHeads: [String] { [words(.event), words(.date), words(.town), words(.country)] }

    private func eventCells(_ event: ReportOrigins.Event) -> [String] {
        [event.reference, words.language.day(event.date), event.town, words.country(event.country)]
    }

    private var eventTable: (heads: [String], rows: [[String]]) {
        (eventHeads + signedHeads + (checks ? [words(.under)] : []),
         origins.events.map { eventCells($0) + signedCells($0.signed) + (checks ? [shortfalls($0)] : []) })
    }

    private var countryTable: (heads: [String], rows: [[String]]) {
        ([words(.country), words(.events)] + signedHeads + (checks ? [words(.eventsUnderCount)] : []),
         origins.countries.map { country in
             [words.country(country.country), words.integer(country.events)] + signedCells(country.signed)
                 + (checks ? [words.integer(country.eventsUnder)] : [])
         })
    }

    private var underTable: (heads: [String], rows: [[String]]) {
        (eventHeads + [words(.signed), words(.international), words(.under)],
         origins.under.map {
             eventCells($0) + [words.integer($0.signed.total), words.integer($0.signed.international), shortfalls($0)]
         })
    }

    /// The terminal tables: per event, per country, and the events under the thresholds.
    func textSections() -> [String] {
        var sections = [
            words(.signedPerEvent) + "\n" + TextTable(headers: eventTable.heads, rows: eventTable.rows).render(),
            words(.signedPerCountry) + "\n" + TextTable(headers: countryTable.heads, rows: countryTable.rows).render(),
        ]
        if checks {
            let under = underTable
            sections.append(underTitle + "\n"
                + (under.rows.isEmpty ? words(.everyEventMeets) : TextTable(headers: under.heads, rows: under.rows).render()))
        }
        return sections
    }

    /// The HTML sections.
    func html() -> String {
        func table(_ table: (heads: [String], rows: [[String]]), numbersFrom: Int, until: Int) -> String {
            func cell(_ tag: String, _ index: Int, _ text: String) -> String {
                let number = index >= numbersFrom && index < until ? " class=\"n\"" : ""
                return "<\(tag)\(number)>\(HTMLText.escape(text))</\(tag)>"
            }
            return "<table><tr>" + table.heads.enumerated().map { cell("th", $0.offset, $0.element) }.joined() + "</tr>\n"
                + table.rows.map { row in
                    "<tr>" + row.enumerated().map { cell("td", $0.offset, $0.element) }.joined() + "</tr>\n"
                }.joined() + "</table>"
        }
        var html = "<h2>\(HTMLText.escape(words(.signedPerEvent)))</h2>\n<section>"
            + table(eventTable, numbersFrom: 4, until: 8) + "</section>\n"
            + "<section><h3>\(HTMLText.escape(words(.signedPerCountry)))</h3>\n"
            + table(countryTable, numbersFrom: 1, until: 7) + "</section>\n"
        if checks {
            html += "<section><h3>\(HTMLText.escape(underTitle))</h3>\n"
                + (origins.under.isEmpty
                    ? "<p>\(HTMLText.escape(words(.everyEventMeets)))</p>" : table(underTable, numbersFrom: 4, until: 6))
                + "</section>\n"
        }
        return html
    }

    /// The long CSV rows, through `add(section, group, measure, value)`; `machine` keeps English names.
    func csv(machine: Bool, add: (String, String, String, String) -> Void) {
        func name(_ machineName: String, _ label: ReportLabel) -> String { machine ? machineName : words(label) }
        func signed(_ section: String, _ group: String, _ signed: ReportOrigins.Signed) {
            add(section, group, name("local", .local), String(signed.local))
            add(section, group, name("international", .international), String(signed.international))
            add(section, group, name("not_recorded", .notRecorded), String(signed.notRecorded))
            add(section, group, name("signed", .signed), String(signed.total))
        }
        let perEvent = name("signed per event", .signedPerEvent)
        for event in origins.events {
            let group = eventCells(event).joined(separator: " / ")
            signed(perEvent, group, event.signed)
            if checks { add(perEvent, group, name("under", .under), String(event.shortfalls.count)) }
        }
        let perCountry = name("signed per country", .signedPerCountry)
        for country in origins.countries {
            let group = words.country(country.country)
            add(perCountry, group, name("events", .events), String(country.events))
            signed(perCountry, group, country.signed)
            if checks { add(perCountry, group, name("events_under", .eventsUnderCount), String(country.eventsUnder)) }
        }
    }
}
