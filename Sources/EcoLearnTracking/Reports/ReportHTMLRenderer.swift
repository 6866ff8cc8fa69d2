import EcoLearn

/// A report as one self-contained HTML page with inline SVG charts, laid out to print on A4: the annex a
/// funder reads. No scripts, no network.
struct ReportHTMLRenderer {
    var report: Report

    func render() -> String {
        var body = "<h1>Participation report</h1>\n<p class=\"period\">\(HTMLText.escape(ReportNumber.period(report)))</p>\n"
        body += totals()
        for grouping in report.groupings { body += section(grouping) }
        body += "<h2>Who took part</h2>\n"
        for breakdown in report.breakdowns { body += section(breakdown) }
        if !report.units.isEmpty { body += gains() }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Participation report, \(HTMLText.escape(ReportNumber.period(report)))</title>
            <style>
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
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
            \(body)<p class="note">Attendances count listed participants signed in at events (one person at two events counts twice);
            unique participants count each listed person once; headcounts are people counted but not listed (always so for children).
            Normalised gain = (mean post − mean pre) / (100 − mean pre).</p>
            </body>
            </html>

            """
    }

    private func totals() -> String {
        let t = report.totals
        let rows = [
            ("Events", t.events), ("Attendances (listed participants)", t.attendances),
            ("Unique listed participants", t.uniqueParticipants), ("Headcount (counted, not listed)", t.headcount),
            ("People reached (attendances + headcount)", t.people),
        ]
        return "<section><h2>Summary</h2>\n<table class=\"totals\">\n"
            + rows.map { "<tr><td>\($0.0)</td><td class=\"n\">\($0.1)</td></tr>\n" }.joined()
            + "</table></section>\n"
    }

    private func section(_ grouping: Report.Grouping) -> String {
        let names = grouping.dimensions.map(\.rawValue)
        let chart = SVGBarChart(
            series: ["people", "events"],
            bars: grouping.rows.map { .init(label: $0.key.joined(separator: " / "), values: [Double($0.counts.people), Double($0.counts.events)]) })
        let header = names.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
            + ["events", "attendances", "unique", "headcount", "people"].map { "<th class=\"n\">\($0)</th>" }.joined()
        let rows = grouping.rows.map { row in
            "<tr>" + row.key.map { "<td>\(HTMLText.escape($0))</td>" }.joined()
                + [row.counts.events, row.counts.attendances, row.counts.uniqueParticipants, row.counts.headcount,
                   row.counts.people].map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        }.joined()
        return "<section><h2>By \(HTMLText.escape(names.joined(separator: " and ")))</h2>\n\(chart.render())\n"
            + "<table><tr>\(header)</tr>\n\(rows)</table></section>\n"
    }

    private func section(_ breakdown: Report.Breakdown) -> String {
        let chart = SVGBarChart(
            series: ["people"],
            bars: breakdown.rows.map { .init(label: $0.value, values: [Double($0.attendances + $0.headcount)]) })
        let rows = breakdown.rows.map { row in
            "<tr><td>\(HTMLText.escape(row.value))</td>"
                + [row.attendances, row.uniqueParticipants, row.headcount, row.attendances + row.headcount]
                .map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        }.joined()
        return "<section><h3>By \(HTMLText.escape(breakdown.dimension))</h3>\n\(chart.render())\n<table><tr><th>"
            + HTMLText.escape(breakdown.dimension)
            + "</th><th class=\"n\">attendances</th><th class=\"n\">unique</th><th class=\"n\">headcount</th>"
            + "<th class=\"n\">people</th></tr>\n\(rows)</table></section>\n"
    }

    private func gains() -> String {
        var html = "<h2>What they learned</h2>\n"
        for (title, gains) in [("Per lesson unit", report.units), ("Per objective", report.objectives)] {
            let chart = SVGBarChart(
                series: ["mean pre-test %", "mean post-test %"],
                bars: gains.map { gain in
                    .init(label: gain.objective.map { "\(gain.unit): \($0)" } ?? gain.unit,
                          values: [gain.meanPre ?? 0, gain.meanPost ?? 0])
                },
                maximum: 100, format: { ReportNumber.percent($0) })
            let rows = gains.map { gain in
                "<tr><td>\(HTMLText.escape(gain.unit))</td>"
                    + (gain.objective.map { "<td>\(HTMLText.escape($0))</td>" } ?? "")
                    + "<td class=\"n\">\(gain.preCount)</td><td class=\"n\">\(ReportNumber.percent(gain.meanPre))</td>"
                    + "<td class=\"n\">\(gain.postCount)</td><td class=\"n\">\(ReportNumber.percent(gain.meanPost))</td>"
                    + "<td class=\"n\">\(ReportNumber.gain(gain.normalisedGain))</td></tr>\n"
            }.joined()
            let objectiveHeader = gains.first?.objective == nil ? "" : "<th>objective</th>"
            html += "<section><h3>\(title)</h3>\n\(chart.render())\n<table><tr><th>unit</th>\(objectiveHeader)"
                + "<th class=\"n\">pre n</th><th class=\"n\">pre %</th><th class=\"n\">post n</th>"
                + "<th class=\"n\">post %</th><th class=\"n\">gain</th></tr>\n\(rows)</table></section>\n"
        }
        return html
    }
}
