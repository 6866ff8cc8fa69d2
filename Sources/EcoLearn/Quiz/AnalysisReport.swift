/// Terminal and JSON forms of item analysis and knowledge gain.
public enum AnalysisReport {
    /// The item analysis of `unit` as a table: facility, discrimination, flag and unused distractors
    /// (their letters in file order and texts in `language`).
    public static func itemTable(_ items: [ItemAnalysis.Item], unit: LessonUnit, results: Int, language: String) -> String {
        var out = "\(unit.id) v\(unit.version): item analysis of \(results) results "
            + "(flags: hard below \(ItemAnalysis.hardBelow), easy above \(ItemAnalysis.easyAbove))\n\n"
        out += TextTable(
            headers: ["question", "kind", "answered", "facility", "discrimination", "flag", "distractors nobody chose"],
            rows: items.map { item in
                [item.questionID, item.kind.rawValue, String(item.answered), decimal(item.facility),
                 item.discrimination.map(decimal) ?? "-", item.flag?.rawValue ?? "",
                 distractors(item, unit: unit, language: language)]
            }
        ).render()
        return out
    }

    /// The gain as a table: the unit, then each objective.
    public static func gainTable(_ gain: KnowledgeGain) -> String {
        var out = "\(gain.unitID): pre-test \(gain.preCount) results, post-test \(gain.postCount), "
            + "\(gain.matched) respondents in both\n\n"
        let rows = [["(unit)"] + (gain.unit.map(cells) ?? ["-", "-", "-", "-"])]
            + gain.objectives.map { [$0.objective] + cells($0.gain) }
        out += TextTable(headers: ["scope", "mean pre", "mean post", "mean gain", "normalised gain"], rows: rows).render()
        return out
    }

    private static func cells(_ gain: KnowledgeGain.Gain) -> [String] {
        [decimal(gain.meanPre), decimal(gain.meanPost), signed(gain.meanGain), gain.normalisedGain.map(signed) ?? "-"]
    }

    private static func distractors(_ item: ItemAnalysis.Item, unit: LessonUnit, language: String) -> String {
        guard let question = unit.quiz?.question(item.questionID) else { return "" }
        switch question.body {
        case .single(let options), .multiple(let options, _):
            return item.unusedDistractors.map { "\(PresentedQuestion.letter($0)) \(options[$0].text.text(in: language))" }
                .joined(separator: "; ")
        default:
            return ""
        }
    }

    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private static func signed(_ value: Double) -> String {
        let text = decimal(value)
        return text.hasPrefix("-") || text == "0.00" ? text : "+" + text
    }
}
