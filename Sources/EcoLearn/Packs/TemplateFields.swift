import Mustache

// Template lookups by name without reflection: swift-mustache falls back to `Mirror` for a plain struct, which
// cost more than everything else in a pack build. Each view answers the names of its stored properties.

extension PackView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return lang
        case "title": return title
        case "cssTitle": return cssTitle
        case "labels": return labels
        case "parts": return parts
        default: return nil
        }
    }
}

extension PartView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "cover": return cover
        case "contents": return contents
        case "teacherGuide": return teacherGuide
        case "worksheets": return worksheets
        case "quiz": return quiz
        case "answerKey": return answerKey
        case "signInSheet": return signInSheet
        case "certificate": return certificate
        default: return nil
        }
    }
}

extension CoverView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "organisation": return organisation
        case "audience": return audience
        case "language": return language
        case "date": return date
        case "lessons": return lessons
        case "totalMinutes": return totalMinutes
        default: return nil
        }
    }
}

extension ContentsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "entries": return entries
        default: return nil
        }
    }
}

extension ContentsEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "title": return title
        case "isPart": return isPart
        default: return nil
        }
    }
}

extension WorksheetsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sheets": return sheets
        case "isEmpty": return isEmpty
        default: return nil
        }
    }
}

extension WorksheetView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "unitTitle": return unitTitle
        case "activityTitle": return activityTitle
        case "bodyHTML": return bodyHTML
        case "media": return media
        default: return nil
        }
    }
}

extension MediaView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "dataURI": return dataURI
        case "alt": return alt
        case "caption": return caption
        default: return nil
        }
    }
}

extension SignInView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "organisation": return organisation
        case "isSchool": return isSchool
        case "rows": return rows
        default: return nil
        }
    }
}

extension CertificateView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "organisation": return organisation
        case "lessons": return lessons
        case "date": return date
        default: return nil
        }
    }
}

extension GuidePartView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "units": return units
        default: return nil
        }
    }
}

extension GuideView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "title": return title
        case "summary": return summary
        case "meta": return meta
        case "isDraft": return isDraft
        case "objectives": return objectives
        case "keyPoints": return keyPoints
        case "timing": return timing
        case "totalMinutes": return totalMinutes
        case "materials": return materials
        case "activities": return activities
        case "sources": return sources
        case "license": return license
        case "authors": return authors
        default: return nil
        }
    }
}

extension MetaItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "value": return value
        default: return nil
        }
    }
}

extension TimingRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "span": return span
        case "title": return title
        case "kind": return kind
        case "minutes": return minutes
        default: return nil
        }
    }
}

extension ActivityView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "kind": return kind
        case "minutes": return minutes
        case "stepsHTML": return stepsHTML
        case "media": return media
        case "notesHTML": return notesHTML
        default: return nil
        }
    }
}

extension SourceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "details": return details
        case "url": return url
        default: return nil
        }
    }
}

extension QuizPartView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "variants": return variants
        case "isEmpty": return isEmpty
        default: return nil
        }
    }
}

extension VariantView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "number": return number
        case "seed": return seed
        case "sheets": return sheets
        default: return nil
        }
    }
}

extension QuizSheetView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "unitTitle": return unitTitle
        case "code": return code
        case "seed": return seed
        case "passPercent": return passPercent
        case "questions": return questions
        default: return nil
        }
    }
}

extension QuestionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "prompt": return prompt
        case "points": return points
        case "instruction": return instruction
        case "choices": return choices
        case "numeric": return numeric
        case "lines": return lines
        case "order": return order
        case "match": return match
        case "sort": return sort
        case "key": return key
        case "keyLines": return keyLines
        case "explanation": return explanation
        default: return nil
        }
    }
}

extension ChoiceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "letter": return letter
        case "text": return text
        default: return nil
        }
    }
}

extension NumericView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "unit": return unit
        default: return nil
        }
    }
}

extension MatchRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "left": return left
        case "letter": return letter
        case "right": return right
        default: return nil
        }
    }
}

extension SortView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "categories": return categories
        case "items": return items
        default: return nil
        }
    }
}

extension SortRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "cells": return cells
        default: return nil
        }
    }
}

extension SlideDeckView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return lang
        case "title": return title
        case "labels": return labels
        case "slides": return slides
        default: return nil
        }
    }
}

extension SlideView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "anchor": return anchor
        case "kind": return kind
        case "position": return position
        case "heading": return heading
        case "unitTitle": return unitTitle
        case "size": return size
        case "cover": return cover
        case "items": return items
        case "blocksHTML": return blocksHTML
        case "picture": return picture
        case "question": return question
        case "instruction": return instruction
        case "answer": return answer
        case "sources": return sources
        case "sourcesStart": return sourcesStart
        case "licences": return licences
        case "noteLines": return noteLines
        case "notesHTML": return notesHTML
        case "hasNotes": return hasNotes
        default: return nil
        }
    }
}

extension SlideCoverView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": return summary
        case "meta": return meta
        case "organisation": return organisation
        case "date": return date
        case "lessons": return lessons
        case "isDraft": return isDraft
        default: return nil
        }
    }
}

extension LicenceLine: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "unitTitle": return unitTitle
        case "license": return license
        case "authors": return authors
        default: return nil
        }
    }
}
