/// What the renderers ask of a report language: its words for labels and stored values, and its dates and numbers.
struct ReportWords {
    var language: ReportLanguage

    /// The text of a label.
    func callAsFunction(_ label: ReportLabel) -> String { ReportStrings.text(label, in: language) }

    /// A stored value in words: months in the language's habit, audiences, kinds, genders and origins translated,
    /// countries by their English names (`CountryNames`); towns, lessons and age bands as stored.
    func value(_ value: String, of dimension: ReportDimension? = nil) -> String {
        if dimension == .month { return language.month(value) }
        if dimension == .country { return country(value) }
        if dimension == .town { return value }
        return ReportStrings.label(forValue: value).map(self.callAsFunction) ?? value
    }

    /// A stored country in this language when `CountryNames` knows its English name, else as stored.
    func country(_ stored: String) -> String { CountryNames.name(of: stored, in: language) ?? stored }

    /// A grouping row's key, one value per dimension.
    func key(_ key: [String], of dimensions: [ReportDimension]) -> [String] {
        zip(key, dimensions).map { value($0, of: $1) }
    }

    /// The column heads of a grouping's dimensions.
    func heads(_ dimensions: [ReportDimension]) -> [String] {
        dimensions.map { self(ReportStrings.label(for: $0)) }
    }

    /// The title of a table grouped by `dimensions`.
    func title(_ dimensions: [ReportDimension]) -> String { ReportStrings.groupingTitle(dimensions, in: language) }

    /// Column head, text title and HTML heading of a breakdown of people.
    func breakdown(_ breakdown: Report.Breakdown) -> (head: String, title: String, heading: String) {
        switch ReportFigures.Detail.allCases.first(where: { $0.label == breakdown.dimension }) {
        case .gender?: (self(.gender), self(.genderTitle), self(.genderHeading))
        case .ageBand?: (self(.ageBand), self(.ageBandTitle), self(.ageBandHeading))
        case .origin?: (self(.origin), self(.originTitle), self(.originHeading))
        case nil: (breakdown.dimension, breakdown.dimension, breakdown.dimension)
        }
    }

    /// The period a report covers, in words.
    func period(_ report: Report) -> String {
        ReportStrings.period(
            from: (report.from ?? report.firstEvent).map(language.day),
            to: (report.to ?? report.lastEvent).map(language.day), in: language)
    }

    func integer(_ value: Int) -> String { language.integer(value) }
    func percent(_ value: Double?) -> String { language.percent(value) }
    func gain(_ value: Double?) -> String { language.gain(value) }
}
