// Template lookups by name, typed: each view answers the names of its stored properties with a `TemplateValue`
// (TemplateValue.swift). The built-in renderer reads these directly; swift-mustache reads them through
// `MustacheParent` (reflection through `Mirror`, its fallback, cost more than everything else in a pack build).

extension PackView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "lang": .text(lang)
        case "title": .text(title)
        case "cssTitle": .text(cssTitle)
        case "labels": .labels(labels)
        case "parts": .list(parts)
        default: nil
        }
    }
}

extension PartView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "cover": cover?.templateValue
        case "contents": contents?.templateValue
        case "teacherGuide": teacherGuide?.templateValue
        case "worksheets": worksheets?.templateValue
        case "quiz": quiz?.templateValue
        case "answerKey": answerKey?.templateValue
        case "signInSheet": signInSheet?.templateValue
        case "certificate": certificate?.templateValue
        default: nil
        }
    }
}

extension CoverView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "organisation": organisation?.templateValue
        case "audience": .text(audience)
        case "language": .text(language)
        case "date": date?.templateValue
        case "lessons": .list(lessons)
        case "totalMinutes": .number(totalMinutes)
        default: nil
        }
    }
}

extension ContentsView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "entries": .list(entries)
        default: nil
        }
    }
}

extension ContentsEntry: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "title": .text(title)
        case "isPart": .flag(isPart)
        default: nil
        }
    }
}

extension WorksheetsView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "sheets": .list(sheets)
        case "isEmpty": .flag(isEmpty)
        default: nil
        }
    }
}

extension WorksheetView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "unitTitle": .text(unitTitle)
        case "activityTitle": .text(activityTitle)
        case "bodyHTML": .text(bodyHTML)
        case "media": .list(media)
        default: nil
        }
    }
}

extension MediaView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "dataURI": .text(dataURI)
        case "alt": .text(alt)
        case "caption": caption?.templateValue
        default: nil
        }
    }
}

extension SignInView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "organisation": organisation?.templateValue
        case "isSchool": .flag(isSchool)
        case "rows": .list(rows)
        default: nil
        }
    }
}

extension CertificateView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "organisation": organisation?.templateValue
        case "lessons": .list(lessons)
        case "date": date?.templateValue
        default: nil
        }
    }
}

extension GuidePartView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "units": .list(units)
        default: nil
        }
    }
}

extension GuideView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "title": .text(title)
        case "summary": .text(summary)
        case "meta": .list(meta)
        case "isDraft": .flag(isDraft)
        case "objectives": .list(objectives)
        case "keyPoints": .list(keyPoints)
        case "timing": .list(timing)
        case "totalMinutes": .number(totalMinutes)
        case "materials": .list(materials)
        case "activities": .list(activities)
        case "sources": .list(sources)
        case "license": .text(license)
        case "authors": authors?.templateValue
        default: nil
        }
    }
}

extension MetaItem: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(label)
        case "value": .text(value)
        default: nil
        }
    }
}

extension TimingRow: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "span": .text(span)
        case "title": .text(title)
        case "kind": .text(kind)
        case "minutes": .number(minutes)
        default: nil
        }
    }
}

extension ActivityView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "kind": .text(kind)
        case "minutes": .number(minutes)
        case "stepsHTML": .text(stepsHTML)
        case "media": .list(media)
        case "notesHTML": notesHTML?.templateValue
        default: nil
        }
    }
}

extension SourceView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "details": details?.templateValue
        case "url": url?.templateValue
        default: nil
        }
    }
}

extension QuizPartView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "variants": .list(variants)
        case "isEmpty": .flag(isEmpty)
        default: nil
        }
    }
}

extension VariantView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "number": .number(number)
        case "seed": .text(seed)
        case "sheets": .list(sheets)
        default: nil
        }
    }
}

extension QuizSheetView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "unitTitle": .text(unitTitle)
        case "code": .text(code)
        case "seed": .text(seed)
        case "passPercent": .text(passPercent)
        case "questions": .list(questions)
        default: nil
        }
    }
}

extension QuestionView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "number": .number(number)
        case "prompt": .text(prompt)
        case "points": points?.templateValue
        case "instruction": .text(instruction)
        case "choices": .list(choices)
        case "numeric": numeric?.templateValue
        case "lines": .list(lines)
        case "order": .list(order)
        case "match": .list(match)
        case "sort": sort?.templateValue
        case "key": .text(key)
        case "keyLines": .list(keyLines)
        case "explanation": explanation?.templateValue
        default: nil
        }
    }
}

extension ChoiceView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "letter": .text(letter)
        case "text": .text(text)
        default: nil
        }
    }
}

extension NumericView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "unit": unit?.templateValue
        default: nil
        }
    }
}

extension MatchRow: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "number": .number(number)
        case "left": .text(left)
        case "letter": .text(letter)
        case "right": .text(right)
        default: nil
        }
    }
}

extension SortView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "categories": .list(categories)
        case "items": .list(items)
        default: nil
        }
    }
}

extension SortRow: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "text": .text(text)
        case "cells": .list(cells)
        default: nil
        }
    }
}

extension SlideDeckView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "lang": .text(lang)
        case "title": .text(title)
        case "labels": .labels(labels)
        case "slides": .list(slides)
        default: nil
        }
    }
}

extension SlideView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "number": .number(number)
        case "anchor": .text(anchor)
        case "kind": .text(kind)
        case "position": .text(position)
        case "heading": .text(heading)
        case "unitTitle": unitTitle?.templateValue
        case "size": size?.templateValue
        case "cover": cover?.templateValue
        case "items": .list(items)
        case "blocksHTML": blocksHTML?.templateValue
        case "picture": picture?.templateValue
        case "question": question?.templateValue
        case "instruction": instruction?.templateValue
        case "answer": answer?.templateValue
        case "sources": .list(sources)
        case "sourcesStart": .number(sourcesStart)
        case "licences": .list(licences)
        case "noteLines": .list(noteLines)
        case "notesHTML": notesHTML?.templateValue
        case "hasNotes": .flag(hasNotes)
        default: nil
        }
    }
}

extension SlideCoverView: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "summary": summary?.templateValue
        case "meta": .list(meta)
        case "organisation": organisation?.templateValue
        case "date": date?.templateValue
        case "lessons": .list(lessons)
        case "isDraft": .flag(isDraft)
        default: nil
        }
    }
}

extension LicenceLine: TemplateView {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "unitTitle": .text(unitTitle)
        case "license": .text(license)
        case "authors": authors?.templateValue
        default: nil
        }
    }
}
