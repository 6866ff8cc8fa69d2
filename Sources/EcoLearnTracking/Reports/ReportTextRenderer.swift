import EcoLearn

/// A report as terminal tables.
struct ReportTextRenderer {
    var report: Report

    func render() -> String {
        var sections: [String] = []
        let totals = report.totals
        sections.append("""
            Participation report, \(ReportNumber.period(report))
            events: \(totals.events)
            attendances (listed participants signed in): \(totals.attendances)
            unique listed participants: \(totals.uniqueParticipants)
            headcount (counted, not listed): \(totals.headcount)
            people (attendances + headcount): \(totals.people)
            """)
        for grouping in report.groupings {
            let names = grouping.dimensions.map(\.rawValue)
            let table = TextTable(
                headers: names + ["events", "attendances", "unique", "headcount", "people"],
                rows: grouping.rows.map { row in
                    row.key + [row.counts.events, row.counts.attendances, row.counts.uniqueParticipants,
                               row.counts.headcount, row.counts.people].map(String.init)
                })
            sections.append("By \(names.joined(separator: " and "))\n" + table.render())
        }
        for breakdown in report.breakdowns {
            let table = TextTable(
                headers: [breakdown.dimension, "attendances", "unique", "headcount", "people"],
                rows: breakdown.rows.map {
                    [$0.value, String($0.attendances), String($0.uniqueParticipants), String($0.headcount),
                     String($0.attendances + $0.headcount)]
                })
            sections.append("People by \(breakdown.dimension)\n" + table.render())
        }
        if !report.units.isEmpty {
            sections.append("Knowledge gain per lesson unit\n" + gainTable(report.units, objective: false).render())
            sections.append("Knowledge gain per objective\n" + gainTable(report.objectives, objective: true).render())
        }
        return sections.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
    }

    private func gainTable(_ gains: [Report.Gain], objective: Bool) -> TextTable {
        TextTable(
            headers: (objective ? ["unit", "objective"] : ["unit"]) + ["pre n", "pre %", "post n", "post %", "gain"],
            rows: gains.map { gain in
                [gain.unit] + (objective ? [gain.objective ?? ""] : [])
                    + [String(gain.preCount), ReportNumber.percent(gain.meanPre), String(gain.postCount),
                       ReportNumber.percent(gain.meanPost), ReportNumber.gain(gain.normalisedGain)]
            })
    }
}
