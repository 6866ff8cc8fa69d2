import EcoLearn

/// A report as one CSV in long form: `section,group,measure,value`, easy to pivot in a spreadsheet. Text cells
/// (towns, countries, lessons) go through `CSVTable.appendText`, which neutralises formulas; values stay numbers.
struct ReportCSVRenderer {
    var report: Report

    func render() -> String {
        var output = Array("section,group,measure,value\n".utf8)
        func add(_ section: String, _ group: String, _ measure: String, _ value: String) {
            for text in [section, group, measure] {
                CSVTable.appendText(text, to: &output)
                output.append(UInt8(ascii: ","))
            }
            CSVTable.appendNumber(value, to: &output)
            output.append(UInt8(ascii: "\n"))
        }
        func counts(_ section: String, _ group: String, _ counts: Report.Counts) {
            add(section, group, "events", String(counts.events))
            add(section, group, "attendances", String(counts.attendances))
            add(section, group, "unique_participants", String(counts.uniqueParticipants))
            add(section, group, "headcount", String(counts.headcount))
            add(section, group, "people", String(counts.people))
        }
        counts("totals", "", report.totals)
        for grouping in report.groupings {
            let section = "by " + grouping.dimensions.map(\.rawValue).joined(separator: "+")
            for row in grouping.rows { counts(section, row.key.joined(separator: " / "), row.counts) }
        }
        for breakdown in report.breakdowns {
            for row in breakdown.rows {
                let section = "people by \(breakdown.dimension)"
                add(section, row.value, "attendances", String(row.attendances))
                add(section, row.value, "unique_participants", String(row.uniqueParticipants))
                add(section, row.value, "headcount", String(row.headcount))
                add(section, row.value, "people", String(row.attendances + row.headcount))
            }
        }
        for (section, gains) in [("gain per unit", report.units), ("gain per objective", report.objectives)] {
            for gain in gains {
                let group = gain.objective.map { "\(gain.unit) / \($0)" } ?? gain.unit
                add(section, group, "pre_count", String(gain.preCount))
                add(section, group, "mean_pre", gain.meanPre.map { ReportNumber.percent($0) } ?? "")
                add(section, group, "post_count", String(gain.postCount))
                add(section, group, "mean_post", gain.meanPost.map { ReportNumber.percent($0) } ?? "")
                add(section, group, "normalised_gain", gain.normalisedGain.map { ReportNumber.gain($0) } ?? "")
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
