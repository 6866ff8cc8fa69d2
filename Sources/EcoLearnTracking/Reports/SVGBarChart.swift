import EcoLearn
import Foundation

/// A horizontal bar chart drawn as inline SVG: one row per label, one bar per series in each row.
struct SVGBarChart {
    /// One row of bars.
    struct Bar {
        var label: String
        var values: [Double]
    }

    var series: [String]
    var bars: [Bar]
    /// Fixed top of the scale (100 for percents); the largest value when nil.
    var maximum: Double?
    /// How a value is written at the end of its bar.
    var format: (Double) -> String = { String(Int($0.rounded())) }

    private static let colours = ["#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a"]
    private let width = 640.0
    private let labelWidth = 190.0
    private let barHeight = 14.0
    private let rowGap = 8.0

    func render() -> String {
        let top = series.count > 1 ? 22.0 : 4.0
        let rowHeight = Double(series.count) * barHeight + rowGap
        let height = top + Double(bars.count) * rowHeight + 4
        let scale = maximum ?? max(1, bars.flatMap(\.values).max() ?? 1)
        let plot = width - labelWidth - 60
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
            + "width=\"100%\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">"
        if series.count > 1 {
            for (index, name) in series.enumerated() {
                let x = labelWidth + Double(index) * 110
                svg += "<rect x=\"\(x)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(colour(index))\"/>"
                svg += "<text x=\"\(x + 14)\" y=\"13\">\(HTMLText.escape(name))</text>"
            }
        }
        for (row, bar) in bars.enumerated() {
            let y = top + Double(row) * rowHeight
            let middle = y + Double(series.count) * barHeight / 2 + 4
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(number(middle))\" text-anchor=\"end\">"
                + "\(HTMLText.escape(clipped(bar.label)))</text>"
            for (index, value) in bar.values.enumerated() {
                let length = max(0, value) / scale * plot
                let barY = y + Double(index) * barHeight
                svg += "<rect x=\"\(labelWidth)\" y=\"\(number(barY))\" width=\"\(number(length))\" "
                    + "height=\"\(number(barHeight - 2))\" fill=\"\(colour(index))\"/>"
                svg += "<text x=\"\(number(labelWidth + length + 4))\" y=\"\(number(barY + barHeight - 4))\">"
                    + "\(HTMLText.escape(format(value)))</text>"
            }
        }
        return svg + "</svg>"
    }

    private func colour(_ index: Int) -> String { SVGBarChart.colours[index % SVGBarChart.colours.count] }

    private func number(_ value: Double) -> String { String(format: "%.1f", value) }

    private func clipped(_ label: String) -> String {
        label.count > 32 ? String(label.prefix(31)) + "…" : label
    }
}
