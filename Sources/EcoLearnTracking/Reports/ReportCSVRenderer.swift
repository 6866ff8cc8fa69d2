import EcoLearn

/// A report as one CSV in long form: `section,group,measure,value`, easy to pivot in a spreadsheet. Text cells
/// (towns, countries, lessons) go through `CSVTable.appendText`, which neutralises formulas; values stay numbers.
///
/// The machine form (English, and any language with `machine`) has stable English names, `,` between cells and
/// decimal points, for programs. In Latvian and Turkish the names are translated and the file is written as those
/// languages' spreadsheets read it: `;` between cells, decimal commas.
struct ReportCSVRenderer {
    var report: Report
    var words: ReportWords
    var machine: Bool

    func render() -> String {
        let machine = self.machine || self.words.language == .en
        let words = machine ? ReportWords(language: .en) : self.words
        let separator = UInt8(ascii: machine ? "," : ";")
        var output: [UInt8] = []
        func add(_ section: String, _ group: String, _ measure: String, _ value: String) {
            for text in [section, group, measure] {
                CSVTable.appendText(text, to: &output)
                output.append(separator)
            }
            CSVTable.appendNumber(value, to: &output)
            output.append(UInt8(ascii: "\n"))
        }
        func name(_ machineName: String, _ label: ReportLabel) -> String { machine ? machineName : words(label) }
        let header = [words(.csvSection), words(.csvGroup), words(.csvMeasure), words(.csvValue)]
        output.append(contentsOf: header.joined(separator: String(UnicodeScalar(separator))).utf8)
        output.append(UInt8(ascii: "\n"))
        func counts(_ section: String, _ group: String, _ counts: Report.Counts) {
            add(section, group, name("events", .events), String(counts.events))
            add(section, group, name("attendances", .attendances), String(counts.attendances))
            add(section, group, name("unique_participants", .unique), String(counts.uniqueParticipants))
            add(section, group, name("headcount", .headcount), String(counts.headcount))
            add(section, group, name("people", .people), String(counts.people))
        }
        counts(words(.totals), "", report.totals)
        for grouping in report.groupings {
            let section = machine
                ? "by " + grouping.dimensions.map(\.rawValue).joined(separator: "+") : words.title(grouping.dimensions)
            for row in grouping.rows {
                let key = machine ? row.key : words.key(row.key, of: grouping.dimensions)
                counts(section, key.joined(separator: " / "), row.counts)
            }
        }
        for breakdown in report.breakdowns {
            let section = machine ? "people by \(breakdown.dimension)" : words.breakdown(breakdown).title
            for row in breakdown.rows {
                let value = machine ? row.value : words.value(row.value)
                add(section, value, name("attendances", .attendances), String(row.attendances))
                add(section, value, name("unique_participants", .unique), String(row.uniqueParticipants))
                add(section, value, name("headcount", .headcount), String(row.headcount))
                add(section, value, name("people", .people), String(row.attendances + row.headcount))
            }
        }
        for (section, gains) in [
            (name("gain per unit", .gainPerUnit), report.units), (name("gain per objective", .gainPerObjective), report.objectives),
        ] {
            for gain in gains {
                let group = gain.objective.map { "\(gain.unit) / \($0)" } ?? gain.unit
                add(section, group, name("pre_count", .preCount), String(gain.preCount))
                add(section, group, name("post_count", .postCount), String(gain.postCount))
                add(section, group, name("pairs", .pairs), String(gain.pairs))
                add(section, group, name("mean_pre", .prePercent), gain.meanPre.map { words.percent($0) } ?? "")
                add(section, group, name("mean_post", .postPercent), gain.meanPost.map { words.percent($0) } ?? "")
                add(section, group, name("normalised_gain", .gain), gain.normalisedGain.map { words.gain($0) } ?? "")
            }
        }
        if let origins = report.origins {
            ReportOriginsRenderer(origins: origins, words: words).csv(machine: machine, add: add)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
