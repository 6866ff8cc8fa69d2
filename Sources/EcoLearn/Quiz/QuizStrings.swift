import Foundation

/// The fixed words of a terminal quiz in English, Latvian and Turkish (English for any other language).
public struct QuizStrings: Sendable {
    public var title: String
    /// `%1` question number, `%2` question count.
    public var progress: String
    public var instructions: String
    public var trueWord: String
    public var falseWord: String
    /// `%1` letter range, `%2` number range.
    public var selectOne: String
    public var selectAll: String
    public var trueFalse: String
    public var typeNumber: String
    public var typeText: String
    public var putInOrder: String
    public var matchEach: String
    public var sortEach: String
    /// `%1` what was typed, `%2` the question's instruction.
    public var invalid: String
    public var correct: String
    /// `%1` points earned, `%2` points possible.
    public var partly: String
    public var wrong: String
    public var skipped: String
    public var answerIs: String
    public var unit: String
    /// `%1` points, `%2` maximum, `%3` percent.
    public var score: String
    public var passed: String
    public var failed: String
    /// `%1` pass percent.
    public var passMark: String
    /// `%1` variant code, `%2` how to ask for the variant again (the front end's words, with the seed).
    public var variantLine: String
    /// `%1` variant code, when the front end has no way to ask for a variant again.
    public var variantAlone: String
    public var inputEnded: String
    /// `%1` a number: a percentage as the language writes it (`50 %`; Turkish `%50`).
    public var percentPattern: String
    public var decimalSeparator: Character

    /// The strings for `language` (`en`, `lv`, `tr`; English otherwise).
    public static func forLanguage(_ language: String) -> QuizStrings {
        switch language {
        case "lv": latvian
        case "tr": turkish
        default: english
        }
    }

    static let english = QuizStrings(
        title: "Quiz", progress: "Question %1 of %2",
        instructions: "Answer with a letter or a number and press Enter; type - to skip a question.",
        trueWord: "True", falseWord: "False",
        selectOne: "Select one: type a letter %1 or a number %2",
        selectAll: "Select all that apply: type letters (e.g. AC) or numbers (e.g. 1 3)",
        trueFalse: "Type T or F (or 1 or 2)",
        typeNumber: "Type a number", typeText: "Type your answer",
        putInOrder: "Type the letters in the right order (e.g. %1)",
        matchEach: "Type one letter for each numbered item, in order (e.g. %1)",
        sortEach: "Type one letter (a container) for each numbered item, in order (e.g. %1)",
        invalid: "Not understood: '%1'. %2.", correct: "Correct!", partly: "Partly right: %1 of %2 points.",
        wrong: "Not right.", skipped: "Skipped.", answerIs: "Answer", unit: "unit",
        score: "Score: %1 of %2 points (%3%)", passed: "PASSED", failed: "NOT PASSED", passMark: "pass mark %1%",
        variantLine: "Variant %1 (repeat it with %2)", variantAlone: "Variant %1",
        inputEnded: "Input ended: the remaining questions count as unanswered.", percentPattern: "%1 %",
        decimalSeparator: ".")

    static let latvian = QuizStrings(
        title: "Tests", progress: "Jautājums %1 no %2",
        instructions: "Atbildiet ar burtu vai ciparu un nospiediet Enter; ierakstiet -, lai izlaistu jautājumu.",
        trueWord: "Patiesi", falseWord: "Nepatiesi",
        selectOne: "Izvēlieties vienu: ierakstiet burtu %1 vai ciparu %2",
        selectAll: "Izvēlieties visas pareizās atbildes: ierakstiet burtus (piem., AC) vai ciparus (piem., 1 3)",
        trueFalse: "Ierakstiet T vai F (arī J/N, 1 vai 2)",
        typeNumber: "Ierakstiet skaitli", typeText: "Ierakstiet atbildi",
        putInOrder: "Ierakstiet burtus pareizajā secībā (piem., %1)",
        matchEach: "Ierakstiet pa vienam burtam katram numurētajam vienumam, pēc kārtas (piem., %1)",
        sortEach: "Ierakstiet pa vienam burtam (konteineru) katram numurētajam vienumam, pēc kārtas (piem., %1)",
        invalid: "Nesapratu: '%1'. %2.", correct: "Pareizi!", partly: "Daļēji pareizi: %1 no %2 punktiem.",
        wrong: "Nepareizi.", skipped: "Izlaists.", answerIs: "Atbilde", unit: "mērvienība",
        score: "Rezultāts: %1 no %2 punktiem (%3%)", passed: "NOKĀRTOTS", failed: "NAV NOKĀRTOTS",
        passMark: "nokārtošanai vajag %1%",
        variantLine: "Variants %1 (atkārtojiet ar %2)", variantAlone: "Variants %1",
        inputEnded: "Ievade beidzās: atlikušie jautājumi skaitās neatbildēti.", percentPattern: "%1 %",
        decimalSeparator: ",")

    static let turkish = QuizStrings(
        title: "Sınav", progress: "Soru %1 / %2",
        instructions: "Bir harf ya da sayı yazıp Enter'a basın; soruyu atlamak için - yazın.",
        trueWord: "Doğru", falseWord: "Yanlış",
        selectOne: "Birini seçin: %1 arası bir harf ya da %2 arası bir sayı yazın",
        selectAll: "Uygun olanların hepsini seçin: harfleri (örn. AC) ya da sayıları (örn. 1 3) yazın",
        trueFalse: "T ya da F yazın (D/Y, 1 ya da 2 de olur)",
        typeNumber: "Bir sayı yazın", typeText: "Cevabınızı yazın",
        putInOrder: "Harfleri doğru sırayla yazın (örn. %1)",
        matchEach: "Numaralı her öğe için sırayla bir harf yazın (örn. %1)",
        sortEach: "Numaralı her öğe için sırayla bir harf (konteyner) yazın (örn. %1)",
        invalid: "Anlaşılmadı: '%1'. %2.", correct: "Doğru!", partly: "Kısmen doğru: %2 puanın %1'i.",
        wrong: "Yanlış.", skipped: "Atlandı.", answerIs: "Cevap", unit: "birim",
        score: "Puan: %2 puan üzerinden %1 (%%3)", passed: "GEÇTİ", failed: "GEÇEMEDİ", passMark: "geçme notu %%1",
        variantLine: "Varyant %1 (tekrarlamak için %2)", variantAlone: "Varyant %1",
        inputEnded: "Girdi bitti: kalan sorular cevapsız sayılır.", percentPattern: "%%1",
        decimalSeparator: ",")

    /// `template` with `%1`, `%2`, ... (one digit) replaced by `values`, in one pass: a value is never
    /// scanned again, and a `%` not followed by a placeholder digit stays (Turkish writes `%%3` for `%72`).
    public static func fill(_ template: String, _ values: String...) -> String {
        let characters = Array(template)
        var text = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "%", index + 1 < characters.count, let digit = characters[index + 1].wholeNumberValue,
                digit >= 1, digit <= values.count
            {
                text += values[digit - 1]
                index += 2
            } else {
                text.append(character)
                index += 1
            }
        }
        return text
    }

    /// `value` with at most two decimals and this language's decimal separator: `6,5` in Latvian.
    public func number(_ value: Double) -> String { number(value, decimals: 2) }

    /// `value` with at most `decimals` decimals and this language's decimal separator.
    public func number(_ value: Double, decimals: Int) -> String {
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        return exactNumber((value * scale).rounded() / scale)
    }

    /// `value` with every decimal it has (as `NumberText` writes it) and this language's decimal separator: an
    /// answer key's `3,125` in Latvian.
    public func exactNumber(_ value: Double) -> String {
        let text = NumberText.format(value)
        return decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: String(decimalSeparator))
    }

    /// `value` percent as this language writes it, with `number`: `12,5 %` in Latvian, `%12,5` in Turkish.
    public func percent(_ value: Double) -> String { percent(value, decimals: 2) }

    /// `value` percent with at most `decimals` decimals, as this language writes it.
    public func percent(_ value: Double, decimals: Int) -> String {
        Self.fill(percentPattern, number(value, decimals: decimals))
    }
}
