import EcoLearn

/// A report as one self-contained HTML page with inline SVG charts, laid out to print on A4: the annex a
/// funder reads. No scripts, no network.
struct ReportHTMLRenderer {
    var report: Report
    var words: ReportWords

    func render() -> String {
        let period = HTMLText.escape(words.period(report))
        var body = "<h1>\(words(.reportTitle))</h1>\n<p class=\"period\">\(period)</p>\n"
        body += totals()
        for grouping in report.groupings { body += section(grouping) }
        body += "<h2>\(words(.whoTookPart))</h2>\n"
        for breakdown in report.breakdowns { body += section(breakdown) }
        if !report.units.isEmpty { body += gains() }
        if let origins = report.origins { body += ReportOriginsRenderer(origins: origins, words: words).html() }
        return """
            <!DOCTYPE html>
            <html lang="\(words.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(words(.reportTitle)), \(period)</title>
            <style>
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-center { content: "\(words(.page)) " counter(page) " \(words(.pageOf)) " counter(pages); font-size: 9pt; } }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; max-width: 178mm; margin: 0 auto; }
            h1 { font-size: 20pt; margin-bottom: 0; color: #1b5e20; }
            h2 { font-size: 14pt; margin-top: 18pt; border-bottom: 1px solid #9e9e9e; break-after: avoid; }
            h3 { font-size: 11.5pt; margin-bottom: 4pt; break-after: avoid; }
            .period { color: #555; margin-top: 2pt; }
            section { margin-bottom: 10pt; }
            svg, tr, h3 + svg { break-inside: avoid; page-break-inside: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
            th, td { border-bottom: 1px solid #ddd; padding: 2pt 5pt; text-align: left; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            .totals td { font-size: 12pt; }
            .note { color: #555; font-size: 9pt; }
            svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            \(body)<p class="note">\(words(.note))</p>
            </body>
            </html>

            """
    }

    private func totals() -> String {
        let t = report.totals
        let rows = [
            (ReportLabel.summaryEvents, t.events), (.summaryAttendances, t.attendances),
            (.summaryUnique, t.uniqueParticipants), (.summaryHeadcount, t.headcount), (.summaryPeople, t.people),
        ]
        return "<section><h2>\(words(.summary))</h2>\n<table class=\"totals\">\n"
            + rows.map { "<tr><td>\(words($0.0))</td><td class=\"n\">\(words.integer($0.1))</td></tr>\n" }.joined()
            + "</table></section>\n"
    }

    private func section(_ grouping: Report.Grouping) -> String {
        let chart = SVGBarChart(
            series: [words(.people), words(.events)],
            bars: grouping.rows.map {
                .init(label: words.key($0.key, of: grouping.dimensions).joined(separator: " / "),
                      values: [Double($0.counts.people), Double($0.counts.events)])
            },
            format: { words.integer(Int($0.rounded())) })
        let header = words.heads(grouping.dimensions).map { "<th>\(HTMLText.escape($0))</th>" }.joined()
            + [words(.events), words(.attendances), words(.unique), words(.headcount), words(.people)]
            .map { "<th class=\"n\">\($0)</th>" }.joined()
        let rows = grouping.rows.map { row in
            "<tr>" + words.key(row.key, of: grouping.dimensions).map { "<td>\(HTMLText.escape($0))</td>" }.joined()
                + [row.counts.events, row.counts.attendances, row.counts.uniqueParticipants, row.counts.headcount,
                   row.counts.people].map { "<td class=\"n\">\(words.integer($0))</td>" }.joined() + "</tr>\n"
        }.joined()
        return "<section><h2>\(HTMLText.escape(words.title(grouping.dimensions)))</h2>\n\(chart.render())\n"
            + "<table><tr>\(header)</tr>\n\(rows)</table></section>\n"
    }

    private func section(_ breakdown: Report.Breakdown) -> String {
        let names = words.breakdown(breakdown)
        let chart = SVGBarChart(
            series: [words(.people)],
            bars: breakdown.rows.map { .init(label: words.value($0.value), values: [Double($0.attendances + $0.headcount)]) },
            format: { words.integer(Int($0.rounded())) })
        let rows = breakdown.rows.map { row in
            "<tr><td>\(HTMLText.escape(words.value(row.value)))</td>"
                + [row.attendances, row.uniqueParticipants, row.headcount, row.attendances + row.headcount]
                .map { "<td class=\"n\">\(words.integer($0))</td>" }.joined() + "</tr>\n"
        }.joined()
        return "<section><h3>\(HTMLText.escape(names.heading))</h3>\n\(chart.render())\n<table><tr><th>"
            + HTMLText.escape(names.head)
            + "</th><th class=\"n\">\(words(.attendances))</th><th class=\"n\">\(words(.unique))</th>"
            + "<th class=\"n\">\(words(.headcount))</th><th class=\"n\">\(words(.people))</th></tr>\n\(rows)</table></section>\n"
    }

    private func gains() -> String {
        var html = "<h2>\(words(.whatTheyLearned))</h2>\n"
        for (title, gains) in [(words(.perUnit), report.units), (words(.perObjective), report.objectives)] {
            let chart = SVGBarChart(
                series: [words(.meanPreTest), words(.meanPostTest)],
                bars: gains.map { gain in
                    .init(label: gain.objective.map { "\(gain.unit): \($0)" } ?? gain.unit,
                          values: [gain.meanPre ?? 0, gain.meanPost ?? 0])
                },
                maximum: 100, format: { words.percent($0) })
            let rows = gains.map { gain in
                "<tr><td>\(HTMLText.escape(gain.unit))</td>"
                    + (gain.objective.map { "<td>\(HTMLText.escape($0))</td>" } ?? "")
                    + [words.integer(gain.preCount), words.integer(gain.postCount), words.integer(gain.pairs),
                       words.percent(gain.meanPre), words.percent(gain.meanPost)].map { "<td class=\"n\">\($0)</td>" }.joined()
                    + "<td class=\"n\">\(words.gain(gain.normalisedGain))</td></tr>\n"
            }.joined()
            let objectiveHeader = gains.first?.objective == nil ? "" : "<th>\(words(.objective))</th>"
            html += "<section><h3>\(title)</h3>\n\(chart.render())\n<table><tr><th>\(words(.unit))</th>\(objectiveHeader)"
                + [words(.preCount), words(.postCount), words(.pairs), words(.prePercent), words(.postPercent)]
                .map { "<th class=\"n\">\($0)</th>" }.joined()
                + "<th class=\"n\">\(words(.gain))</th></tr>\n\(rows)</table></section>\n"
        }
        return html
    }
}
