import EcoLearn

/// A report as terminal tables, in the words of `words`.
struct ReportTextRenderer {
    var report: Report
    var words: ReportWords

    func render() -> String {
        var sections: [String] = []
        let totals = report.totals
        sections.append("""
            \(words(.reportTitle)), \(words.period(report))
            \(words(.totalEvents)): \(words.integer(totals.events))
            \(words(.totalAttendances)): \(words.integer(totals.attendances))
            \(words(.totalUnique)): \(words.integer(totals.uniqueParticipants))
            \(words(.totalHeadcount)): \(words.integer(totals.headcount))
            \(words(.totalPeople)): \(words.integer(totals.people))
            """)
        let countHeads = [words(.events), words(.attendances), words(.unique), words(.headcount), words(.people)]
        for grouping in report.groupings {
            let table = TextTable(
                headers: words.heads(grouping.dimensions) + countHeads,
                rows: grouping.rows.map { row in
                    words.key(row.key, of: grouping.dimensions)
                        + [row.counts.events, row.counts.attendances, row.counts.uniqueParticipants,
                           row.counts.headcount, row.counts.people].map(words.integer)
                })
            sections.append(words.title(grouping.dimensions) + "\n" + table.render())
        }
        for breakdown in report.breakdowns {
            let names = words.breakdown(breakdown)
            let table = TextTable(
                headers: [names.head] + countHeads.dropFirst(),
                rows: breakdown.rows.map {
                    [words.value($0.value)]
                        + [$0.attendances, $0.uniqueParticipants, $0.headcount, $0.attendances + $0.headcount]
                        .map(words.integer)
                })
            sections.append(names.title + "\n" + table.render())
        }
        if !report.units.isEmpty {
            sections.append(words(.gainPerUnit) + "\n" + gainTable(report.units, objective: false).render())
            sections.append(words(.gainPerObjective) + "\n" + gainTable(report.objectives, objective: true).render())
        }
        if let origins = report.origins { sections.append(contentsOf: ReportOriginsRenderer(origins: origins, words: words).textSections()) }
        return sections.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
    }

    private func gainTable(_ gains: [Report.Gain], objective: Bool) -> TextTable {
        TextTable(
            headers: [words(.unit)] + (objective ? [words(.objective)] : [])
                + [words(.preCount), words(.postCount), words(.pairs), words(.prePercent), words(.postPercent), words(.gain)],
            rows: gains.map { gain in
                [gain.unit] + (objective ? [gain.objective ?? ""] : [])
                    + [words.integer(gain.preCount), words.integer(gain.postCount), words.integer(gain.pairs),
                       words.percent(gain.meanPre), words.percent(gain.meanPost), words.gain(gain.normalisedGain)]
            })
    }
}
