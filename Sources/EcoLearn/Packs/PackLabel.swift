/// Every fixed text a pack prints; `PackStrings` gives each one in every pack language.
/// Templates use them as `{{labels.<rawValue>}}`.
public enum PackLabel: String, Sendable, Hashable, CaseIterable {
    case lessonPack, organisation, audience, language, date, lessons, teachingTime, minutesShort
    case contents, teacherGuide, worksheets, quiz, answerKey, signInSheet, headcountForm, certificate
    case summary, objectives, keyPoints, timing, activity, kind, minutes, time, total, materials, steps
    case pictures, teacherNotes, sources, license, authors, ages, draftTranslation
    case name, className, variant, seed, question, points, answer, explanation, item, passMark, score
    case selectOne, selectAll, writeNumber, writeAnswer, numberItems, writeLetter, tickOnePerRow
    case trueLabel, falseLabel, correctOrder, forTeacherOnly, noWorksheets, noQuiz
    case audienceSchool, audienceNGO, audienceMunicipal, audiencePublic
    case kindGame, kindDiscussion, kindDemonstration, kindExperiment, kindFieldwork, kindWorksheet
    case languageEn, languageLv, languageTr
    case event, place, facilitator, number, ageBand, localOrInternational, local, international
    case consentListing, consentPhotos, yes, no, signature, dataProtection, dataProtectionNotice
    case school, teacher, ageGroup, girls, boys, notStated, photoConsentParents, all, some, none, headcountNotice
    case certifies, tookPart, organiserSignature
    case slides, speakerNotes, presenterView, nextSlide, elapsed, clock, keyHelp, handsOne, handsAll, callOut
}
