import Foundation
import Testing
@testable import EcoLearn

/// The lessons that ship in this repository: the counts a teacher relies on, so the library cannot silently
/// shrink or lose a language.
@Suite struct ShippedLibraryTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = Library.load(at: repositoryRoot)

    private var units: [LessonUnit] { Self.library.units }

    @Test func passesTheStrictCheck() {
        let report = CheckReport(library: Self.library, strict: true)
        #expect(report.diagnostics.map(\.summaryLine) == [])
        #expect(Self.library.files.count == units.count)
    }

    @Test func holdsTheTwentyFourUnits() {
        let expected: Set = [
            "waste-hierarchy", "sorting-at-home-latvia", "sifir-atik-turkiye", "deposit-return", "composting-basics",
            "food-waste", "plastics-and-single-use", "hazardous-household-waste", "e-waste", "textiles-repair-reuse",
            "landfill-and-methane", "circular-economy", "water-at-home-and-school", "air-quality", "climate-basics",
            "running-a-clean-up-or-swap-event",
            // The seminar kit: units for municipal staff, NGOs, schools and the public.
            "household-waste-for-municipalities", "sorting-information-campaign", "school-waste-audit",
            "zero-waste-school", "open-burning-and-dumping", "rivers-daugava-yesilirmak",
            "packaging-symbols-and-greenwashing", "joint-class-project-latvia-turkiye",
        ]
        #expect(Set(units.map(\.id)) == expected)
        #expect(units.count == 24)
    }

    @Test func servesTheSeminarRoomAsWellAsTheClassroom() {
        let forMunicipalOrNGO = units.filter { $0.audiences.contains(.municipal) || $0.audiences.contains(.ngo) }
        #expect(forMunicipalOrNGO.count == 14)
        let forAdultsOnly = units.filter { !$0.audiences.contains(.school) }.map(\.id).sorted()
        #expect(forAdultsOnly == [
            "household-waste-for-municipalities", "running-a-clean-up-or-swap-event", "sorting-information-campaign",
        ])
        let municipalFirst = units.filter { $0.audiences.first == .municipal }.map(\.id).sorted()
        #expect(municipalFirst == ["household-waste-for-municipalities", "sorting-information-campaign"])
    }

    @Test func everyUnitIsCompleteAndReviewedInThreeLanguages() {
        for unit in units {
            #expect(unit.languages == ["en", "lv", "tr"], "\(unit.id)")
            #expect(unit.reviewState(of: "lv") == .reviewed && unit.reviewState(of: "tr") == .reviewed, "\(unit.id)")
            for language in ["en", "lv", "tr"] {
                #expect(LanguageCompleteness(language: language, units: [unit]).units[0].missing == 0, "\(unit.id) \(language)")
            }
        }
    }

    @Test func everyUnitHasTheShapeTeachersExpect() {
        for unit in units {
            #expect((2...4).contains(unit.objectives.count), "\(unit.id): \(unit.objectives.count) objectives")
            #expect((2...4).contains(unit.activities.count), "\(unit.id): \(unit.activities.count) activities")
            #expect(!unit.keyPoints.isEmpty && !unit.materials.isEmpty, "\(unit.id)")
            #expect(unit.activities.allSatisfy { $0.teacherNotes != nil }, "\(unit.id): teacher notes")
            if unit.audiences.contains(.school) { #expect(unit.ages != nil, "\(unit.id): ages") }
            let sourced = unit.sources.filter { $0.url != nil && $0.year != nil }
            #expect(sourced.count >= 2, "\(unit.id): \(sourced.count) sources with url and year")
        }
    }

    @Test func everyQuizTeaches() throws {
        var unitsWithSort = 0
        for unit in units {
            let quiz = try #require(unit.quiz, "\(unit.id) has no quiz")
            #expect((6...10).contains(quiz.questions.count), "\(unit.id): \(quiz.questions.count) questions")
            let kinds = Set(quiz.questions.map(\.kind))
            #expect(kinds.count >= 3, "\(unit.id): kinds \(kinds)")
            if kinds.contains(.sort) { unitsWithSort += 1 }
            for question in quiz.questions {
                switch question.body {
                case .single(let options), .multiple(let options, _):
                    for option in options where !option.correct {
                        #expect(option.feedback != nil, "\(unit.id)/\(question.id): a wrong option has no feedback")
                    }
                case .truefalse(let answer, let feedbackTrue, let feedbackFalse):
                    #expect((answer ? feedbackFalse : feedbackTrue) != nil, "\(unit.id)/\(question.id): no feedback for the wrong side")
                default:
                    break
                }
            }
        }
        #expect(unitsWithSort >= 5)
    }

    @Test func atLeastTwelveIllustrationsWithAltTextInEveryLanguage() throws {
        let media = units.flatMap { $0.activities.flatMap(\.media) }
        let svgs = Set(media.map(\.path).filter { $0.hasSuffix(".svg") })
        #expect(svgs.count >= 12)
        for item in media {
            #expect(["en", "lv", "tr"].allSatisfy { item.alt[$0]?.isEmpty == false }, "\(item.path)")
        }
        for path in svgs {
            let svg = try String(contentsOf: Self.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            #expect(svg.contains("viewBox"), "\(path)")
            #expect(!svg.contains("<script") && !svg.contains("href=\"http"), "\(path): scripts or external links")
        }
    }

    @Test func worksheetsExistForEveryAudienceThatUsesThem() {
        for audience in [Audience.school, .ngo, .public] {
            let withWorksheet = units.filter { $0.audiences.contains(audience) && $0.activities.contains { $0.worksheet != nil } }
            #expect(!withWorksheet.isEmpty, "\(audience)")
        }
    }

    /// FACTS.md section 7: poster numbers that must not be taught as fact.
    @Test func noFolkloreNumbersAreTaught() {
        let folklore = ["450 years", "1 million years", "17 trees", "1 m2 of soil", "1 m² of soil", "one million litres"]
        for unit in units {
            for (path, text) in unit.allTexts {
                for phrase in folklore {
                    let english = text["en"] ?? ""
                    let mentioned = english.localizedCaseInsensitiveContains(phrase)
                    let framedAsMyth = english.localizedCaseInsensitiveContains("myth")
                    #expect(!mentioned || framedAsMyth, "\(unit.id) \(path): '\(phrase)'")
                }
            }
        }
    }
}
