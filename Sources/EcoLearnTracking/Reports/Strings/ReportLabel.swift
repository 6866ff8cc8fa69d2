/// Every fixed text a report prints (titles, column heads, chart legends, the values of breakdowns);
/// `ReportStrings` gives each one in every report language.
enum ReportLabel: String, Sendable, Hashable, CaseIterable {
    // Titles and the text report's totals.
    case reportTitle, periodStart, periodEnd
    case totalEvents, totalAttendances, totalUnique, totalHeadcount, totalPeople
    case gainPerUnit, gainPerObjective
    // Column heads (also the CSV's measures and the charts' legends).
    case events, attendances, unique, headcount, people
    case unit, objective, preCount, postCount, pairs, prePercent, postPercent, gain
    case month, town, country, audience, kind, lesson
    // Breakdowns of people: column head, text title, HTML heading.
    case gender, genderTitle, genderHeading, ageBand, ageBandTitle, ageBandHeading, origin, originTitle, originHeading
    // Values stored in English words.
    case female, male, other, notRecorded, local, international, noLesson
    case audienceSchool, audienceNGO, audienceMunicipal, audiencePublic
    case kindLesson, kindSeminar, kindWorkshop, kindStudyVisit, kindPublicAction
    // The HTML page.
    case page, pageOf, summary, summaryEvents, summaryAttendances, summaryUnique, summaryHeadcount, summaryPeople
    case whoTookPart, whatTheyLearned, perUnit, perObjective, meanPreTest, meanPostTest, note
    // The long CSV.
    case csvSection, csvGroup, csvMeasure, csvValue, totals
    // Signed participants by origin, and the funder's thresholds ("{n}" stands for the number).
    case signedPerEvent, signedPerCountry, eventsUnder, atLeastParticipants, atLeastInternational, everyEventMeets
    case event, date, signed, under, eventsUnderCount, shortParticipants, shortInternational
}
