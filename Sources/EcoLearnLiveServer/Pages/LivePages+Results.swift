import Foundation
import EcoLearn
import EcoLearnLive

extension LivePages {
    /// The results page for the trainer: facility per question, score per person, the CSV download.
    static func results(_ game: LiveGame, key: String) -> String {
        let language = game.settings.hostLanguage
        let labels = ResultLabels.forLanguage(language)
        let strings = QuizStrings.forLanguage(language)
        func percent(_ value: Double) -> String { strings.percent((value * 10).rounded() / 10) }
        let results = game.results()
        let asked = game.askedVariant
        let facility = ItemAnalysis.facility(of: asked, results: results)
        let points = Dictionary(uniqueKeysWithValues: game.players.map { ($0.name, $0.points) })
        let showPoints = game.settings.points != .off
        var questionRows = ""
        for (index, presented) in asked.questions.enumerated() {
            let share = results.isEmpty ? "–" : percent(facility[index].facility * 100)
            let prompt = escape(presented.question.prompt.text(in: language))
            let id = escape(presented.question.id)
            questionRows += "<tr><td class=\"number\">\(index + 1)</td><td>\(prompt)</td><td>\(id)</td>"
            questionRows += "<td class=\"number\">\(share)</td></tr>\n"
        }
        var playerRows = ""
        for result in results {
            let score = strings.number(result.total) + " / " + strings.number(result.maximum)
            playerRows += "<tr><td>\(escape(result.respondent))</td><td>\(escape(result.language ?? ""))</td>"
            playerRows += "<td class=\"number\">\(score)</td><td class=\"number\">\(percent(result.percent))</td>"
            if showPoints { playerRows += "<td class=\"number\">\(points[result.respondent] ?? 0)</td>" }
            playerRows += "</tr>\n"
        }
        let encodedKey = key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(labels.title)): \(escape(game.unit.title.text(in: language)))</title>
            <link rel="stylesheet" href="/live.css">
            </head>
            <body>
            <main class="wide">
            <h1>\(escape(labels.title)): \(escape(game.unit.title.text(in: language)))</h1>
            <p>\(escape(labels.variant)) \(escape(game.variant.code)) · \(escape(labels.count)): \(results.count)</p>
            <p><a href="/results.csv?key=\(encodedKey)" download>\(escape(labels.download))</a></p>
            <h2>\(escape(labels.questions))</h2>
            <table>
            <thead><tr><th scope="col">#</th><th scope="col">\(escape(labels.question))</th><th scope="col">id</th><th scope="col">\(escape(labels.facility))</th></tr></thead>
            <tbody>
            \(questionRows)</tbody>
            </table>
            <h2>\(escape(labels.people))</h2>
            <table>
            <thead><tr><th scope="col">\(escape(labels.name))</th><th scope="col">\(escape(labels.language))</th><th scope="col">\(escape(labels.score))</th><th scope="col">%</th>\(showPoints ? "<th scope=\"col\">\(escape(labels.points))</th>" : "")</tr></thead>
            <tbody>
            \(playerRows)</tbody>
            </table>
            </main>
            </body>
            </html>

            """
    }
}

/// The results page's labels in one language. `count` labels the number of people (`People: 12`), so no noun
/// has to agree with a number.
struct ResultLabels {
    var title, variant, count, people, download, questions, question, facility, name, language, score, points: String

    static func forLanguage(_ language: String) -> ResultLabels {
        switch language {
        case "lv":
            ResultLabels(
                title: "Rezultāti", variant: "Variants", count: "Dalībnieku skaits", people: "Dalībnieki",
                download: "Lejupielādēt CSV (quiz score formātā)", questions: "Jautājumi", question: "Jautājums",
                facility: "Pareizo atbilžu daļa (vidēji)", name: "Vārds vai kods", language: "Valoda", score: "Punkti",
                points: "Spēles punkti")
        case "tr":
            ResultLabels(
                title: "Sonuçlar", variant: "Varyant", count: "Katılımcı sayısı", people: "Katılımcılar",
                download: "CSV indir (quiz score biçiminde)", questions: "Sorular", question: "Soru",
                facility: "Doğru cevap oranı (ortalama)", name: "Ad veya kod", language: "Dil", score: "Puan",
                points: "Oyun puanı")
        default:
            ResultLabels(
                title: "Results", variant: "Variant", count: "People", people: "People",
                download: "Download CSV (quiz score format)", questions: "Questions", question: "Question",
                facility: "Facility (mean fraction right)", name: "Name or key", language: "Language", score: "Score",
                points: "Game points")
        }
    }
}
