/// The one table of fixed pack texts, in every language a pack can be printed in.
public enum PackStrings {
    /// The languages packs can be printed in.
    public static let languages = ["en", "lv", "tr"]

    /// The text of `label` in `language` (English when the language has no table).
    public static func text(_ label: PackLabel, in language: String) -> String {
        let texts = table[label] ?? [:]
        return texts[language] ?? texts["en"] ?? label.rawValue
    }

    /// Every label in `language`, keyed by the label's name, as templates read them.
    static func labels(in language: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: PackLabel.allCases.map { ($0.rawValue, text($0, in: language)) })
    }

    /// The label naming `audience`.
    public static func label(for audience: Audience) -> PackLabel {
        switch audience {
        case .school: .audienceSchool
        case .ngo: .audienceNGO
        case .municipal: .audienceMunicipal
        case .public: .audiencePublic
        }
    }

    /// The label naming an activity kind.
    public static func label(for kind: Activity.Kind) -> PackLabel {
        switch kind {
        case .game: .kindGame
        case .discussion: .kindDiscussion
        case .demonstration: .kindDemonstration
        case .experiment: .kindExperiment
        case .fieldwork: .kindFieldwork
        case .worksheet: .kindWorksheet
        }
    }

    /// The label naming a pack language, or nil for a language packs cannot be printed in.
    public static func label(forLanguage code: String) -> PackLabel? {
        switch code {
        case "en": .languageEn
        case "lv": .languageLv
        case "tr": .languageTr
        default: nil
        }
    }

    static let table: [PackLabel: [String: String]] = [
        .lessonPack: ["en": "Lesson pack", "lv": "Nodarbību materiāli", "tr": "Ders paketi"],
        .organisation: ["en": "Organisation", "lv": "Organizācija", "tr": "Kurum"],
        .audience: ["en": "Audience", "lv": "Mērķauditorija", "tr": "Hedef kitle"],
        .language: ["en": "Language", "lv": "Valoda", "tr": "Dil"],
        .date: ["en": "Date", "lv": "Datums", "tr": "Tarih"],
        .lessons: ["en": "Lessons", "lv": "Nodarbības", "tr": "Dersler"],
        .teachingTime: ["en": "Teaching time", "lv": "Mācību laiks", "tr": "Ders süresi"],
        .minutesShort: ["en": "min", "lv": "min", "tr": "dk"],
        .contents: ["en": "Contents", "lv": "Saturs", "tr": "İçindekiler"],
        .teacherGuide: ["en": "Teacher guide", "lv": "Skolotāja rokasgrāmata", "tr": "Öğretmen kılavuzu"],
        .worksheets: ["en": "Worksheets", "lv": "Darba lapas", "tr": "Çalışma yaprakları"],
        .quiz: ["en": "Quiz", "lv": "Zināšanu pārbaude", "tr": "Kısa sınav"],
        .answerKey: ["en": "Answer key", "lv": "Pareizās atbildes", "tr": "Cevap anahtarı"],
        .signInSheet: ["en": "Sign-in sheet", "lv": "Dalībnieku reģistrācijas lapa", "tr": "Katılımcı imza listesi"],
        .headcountForm: ["en": "Class headcount", "lv": "Klases dalībnieku uzskaite", "tr": "Sınıf katılım sayımı"],
        .certificate: ["en": "Certificate of participation", "lv": "Dalības apliecinājums", "tr": "Katılım belgesi"],
        .summary: ["en": "Summary", "lv": "Kopsavilkums", "tr": "Özet"],
        .objectives: ["en": "Objectives", "lv": "Sasniedzamie rezultāti", "tr": "Kazanımlar"],
        .keyPoints: ["en": "Key points", "lv": "Galvenās atziņas", "tr": "Temel bilgiler"],
        .timing: ["en": "Timing", "lv": "Laika plāns", "tr": "Zaman planı"],
        .activity: ["en": "Activity", "lv": "Aktivitāte", "tr": "Etkinlik"],
        .kind: ["en": "Kind", "lv": "Veids", "tr": "Tür"],
        .minutes: ["en": "Minutes", "lv": "Minūtes", "tr": "Dakika"],
        .time: ["en": "Time", "lv": "Laiks", "tr": "Zaman"],
        .total: ["en": "Total", "lv": "Kopā", "tr": "Toplam"],
        .materials: ["en": "Materials", "lv": "Materiāli", "tr": "Malzemeler"],
        .steps: ["en": "Steps", "lv": "Norise", "tr": "Adımlar"],
        .pictures: ["en": "Pictures", "lv": "Attēli", "tr": "Görseller"],
        .teacherNotes: ["en": "Notes for the teacher", "lv": "Piezīmes skolotājam", "tr": "Öğretmene notlar"],
        .sources: ["en": "Sources", "lv": "Avoti", "tr": "Kaynaklar"],
        .license: ["en": "Licence", "lv": "Licence", "tr": "Lisans"],
        .authors: ["en": "Authors", "lv": "Autori", "tr": "Yazarlar"],
        .ages: ["en": "Ages", "lv": "Vecums", "tr": "Yaş"],
        .draftTranslation: [
            "en": "This translation is a draft and has not been reviewed yet.",
            "lv": "Šis tulkojums ir melnraksts un vēl nav pārbaudīts.",
            "tr": "Bu çeviri taslaktır ve henüz gözden geçirilmemiştir.",
        ],
        .name: ["en": "Name", "lv": "Vārds, uzvārds", "tr": "Ad soyad"],
        .className: ["en": "Class", "lv": "Klase", "tr": "Sınıf"],
        .variant: ["en": "Variant", "lv": "Variants", "tr": "Form"],
        .seed: ["en": "Seed", "lv": "Jaukšanas kods", "tr": "Karıştırma kodu"],
        .question: ["en": "Question", "lv": "Jautājums", "tr": "Soru"],
        .points: ["en": "points", "lv": "punkti", "tr": "puan"],
        .answer: ["en": "Answer", "lv": "Atbilde", "tr": "Cevap"],
        .explanation: ["en": "Why", "lv": "Skaidrojums", "tr": "Açıklama"],
        .item: ["en": "Item", "lv": "Priekšmets", "tr": "Nesne"],
        .passMark: ["en": "Pass mark", "lv": "Nokārtošanas slieksnis", "tr": "Geçme sınırı"],
        .score: ["en": "Score", "lv": "Rezultāts", "tr": "Puan"],
        .selectOne: ["en": "Select one", "lv": "Izvēlieties vienu atbildi", "tr": "Bir seçeneği işaretleyin"],
        .selectAll: [
            "en": "Select all that apply", "lv": "Izvēlieties visas pareizās atbildes",
            "tr": "Doğru olan tüm seçenekleri işaretleyin",
        ],
        .writeNumber: ["en": "Write a number", "lv": "Ierakstiet skaitli", "tr": "Bir sayı yazın"],
        .writeAnswer: ["en": "Write your answer", "lv": "Ierakstiet atbildi", "tr": "Cevabınızı yazın"],
        .numberItems: [
            "en": "Number the items in order", "lv": "Sanumurējiet pareizā secībā",
            "tr": "Maddeleri doğru sıraya göre numaralandırın",
        ],
        .writeLetter: ["en": "Write the letter", "lv": "Ierakstiet burtu", "tr": "Harfi yazın"],
        .tickOnePerRow: [
            "en": "Tick one box in each row", "lv": "Katrā rindā atzīmējiet vienu rūtiņu",
            "tr": "Her satırda bir kutuyu işaretleyin",
        ],
        .trueLabel: ["en": "True", "lv": "Patiesi", "tr": "Doğru"],
        .falseLabel: ["en": "False", "lv": "Nepatiesi", "tr": "Yanlış"],
        .correctOrder: ["en": "Correct order", "lv": "Pareizā secība", "tr": "Doğru sıra"],
        .forTeacherOnly: [
            "en": "For the teacher: do not copy for learners.", "lv": "Skolotājam — nekopēt dalībniekiem.",
            "tr": "Öğretmen içindir: katılımcılar için çoğaltmayın.",
        ],
        .noWorksheets: [
            "en": "These lessons have no worksheets.", "lv": "Šīm nodarbībām nav darba lapu.",
            "tr": "Bu derslerin çalışma yaprağı yoktur.",
        ],
        .noQuiz: [
            "en": "These lessons have no quiz.", "lv": "Šīm nodarbībām nav zināšanu pārbaudes.",
            "tr": "Bu derslerin kısa sınavı yoktur.",
        ],
        .audienceSchool: ["en": "School", "lv": "Skolēni", "tr": "Okul"],
        .audienceNGO: ["en": "NGOs", "lv": "Nevalstiskās organizācijas", "tr": "Sivil toplum kuruluşları"],
        .audienceMunicipal: ["en": "Municipal staff", "lv": "Pašvaldības darbinieki", "tr": "Belediye personeli"],
        .audiencePublic: ["en": "General public", "lv": "Sabiedrība", "tr": "Halk"],
        .kindGame: ["en": "Game", "lv": "Spēle", "tr": "Oyun"],
        .kindDiscussion: ["en": "Discussion", "lv": "Diskusija", "tr": "Tartışma"],
        .kindDemonstration: ["en": "Demonstration", "lv": "Demonstrējums", "tr": "Gösteri"],
        .kindExperiment: ["en": "Experiment", "lv": "Eksperiments", "tr": "Deney"],
        .kindFieldwork: ["en": "Fieldwork", "lv": "Darbs dabā", "tr": "Saha çalışması"],
        .kindWorksheet: ["en": "Worksheet", "lv": "Darba lapa", "tr": "Çalışma yaprağı"],
        .languageEn: ["en": "English", "lv": "angļu", "tr": "İngilizce"],
        .languageLv: ["en": "Latvian", "lv": "latviešu", "tr": "Letonca"],
        .languageTr: ["en": "Turkish", "lv": "turku", "tr": "Türkçe"],
        .event: ["en": "Event", "lv": "Pasākums", "tr": "Etkinlik"],
        .place: ["en": "Place", "lv": "Vieta", "tr": "Yer"],
        .facilitator: ["en": "Facilitator", "lv": "Vadītājs", "tr": "Eğitmen"],
        .number: ["en": "No.", "lv": "Nr.", "tr": "No"],
        .ageBand: ["en": "Age band", "lv": "Vecuma grupa", "tr": "Yaş grubu"],
        .localOrInternational: [
            "en": "Local or international", "lv": "Vietējais vai ārvalstu", "tr": "Yerel veya uluslararası",
        ],
        .local: ["en": "Local", "lv": "Vietējais", "tr": "Yerel"],
        .international: ["en": "International", "lv": "Ārvalstu", "tr": "Uluslararası"],
        .consentListing: ["en": "May we list you?", "lv": "Piekrītu uzskaitei", "tr": "Listelenmeye onay"],
        .consentPhotos: ["en": "Photos of you?", "lv": "Piekrītu fotografēšanai", "tr": "Fotoğrafa onay"],
        .yes: ["en": "Yes", "lv": "Jā", "tr": "Evet"],
        .no: ["en": "No", "lv": "Nē", "tr": "Hayır"],
        .signature: ["en": "Signature", "lv": "Paraksts", "tr": "İmza"],
        .dataProtection: ["en": "Data protection", "lv": "Datu aizsardzība", "tr": "Kişisel verilerin korunması"],
        .dataProtectionNotice: [
            "en": "We keep this sheet to count who took part and to report to our funder. We do not ask for your "
                + "name. Ticking “yes” is voluntary; you can withdraw your consent at any time by telling the "
                + "organiser, and your entry will be deleted. We photograph only people who ticked “yes”.",
            "lv": "Šo lapu glabājam, lai uzskaitītu dalībniekus un atskaitītos finansētājam. Jūsu vārdu mēs "
                + "neprasām. Atzīme „Jā” ir brīvprātīga; piekrišanu varat jebkurā brīdī atsaukt, sazinoties ar "
                + "organizatoru, un jūsu ieraksts tiks dzēsts. Fotografējam tikai tos, kas atzīmējuši „Jā”.",
            "tr": "Bu listeyi katılımcı sayısını belirlemek ve destek veren kuruma rapor vermek için tutuyoruz. "
                + "Adınızı sormuyoruz. “Evet” işaretlemek isteğe bağlıdır; onayınızı istediğiniz zaman "
                + "düzenleyiciye bildirerek geri alabilirsiniz, kaydınız silinir. Yalnızca “Evet” işaretleyen "
                + "kişilerin fotoğrafı çekilir.",
        ],
        .school: ["en": "School", "lv": "Skola", "tr": "Okul"],
        .teacher: ["en": "Teacher", "lv": "Skolotājs", "tr": "Öğretmen"],
        .ageGroup: ["en": "Age", "lv": "Vecums", "tr": "Yaş"],
        .girls: ["en": "Girls", "lv": "Meitenes", "tr": "Kız"],
        .boys: ["en": "Boys", "lv": "Zēni", "tr": "Erkek"],
        .notStated: ["en": "Not stated", "lv": "Nav norādīts", "tr": "Belirtilmemiş"],
        .photoConsentParents: [
            "en": "Parents’ written consent to photos", "lv": "Vecāku rakstiska piekrišana fotografēšanai",
            "tr": "Velilerin fotoğraf için yazılı onayı",
        ],
        .all: ["en": "all children", "lv": "visiem bērniem", "tr": "tüm çocuklar"],
        .some: ["en": "some children", "lv": "dažiem bērniem", "tr": "bazı çocuklar"],
        .none: ["en": "no child", "lv": "nevienam bērnam", "tr": "hiçbir çocuk"],
        .headcountNotice: [
            "en": "Children are not listed by name: count them by age and group only. Photograph only children "
                + "whose parents or guardians agreed in writing.",
            "lv": "Bērnus nesarakstām pēc vārdiem — tikai saskaitām pēc vecuma un grupas. Fotografējam tikai tos "
                + "bērnus, kuru vecāki vai aizbildņi ir devuši rakstisku piekrišanu.",
            "tr": "Çocukların adları yazılmaz; yalnızca yaşa ve gruba göre sayılır. Yalnızca velisi yazılı onay "
                + "vermiş çocukların fotoğrafı çekilir.",
        ],
        .certifies: ["en": "This certifies that", "lv": "Ar šo apliecinām, ka", "tr": "Bu belge ile"],
        .tookPart: [
            "en": "took part in", "lv": "ir piedalījies(-usies) nodarbībās", "tr": "adlı katılımcının aşağıdaki eğitime katıldığı onaylanır",
        ],
        .organiserSignature: [
            "en": "Signature of the organiser", "lv": "Organizatora paraksts", "tr": "Düzenleyen adına imza",
        ],
        .slides: ["en": "Slides", "lv": "Slaidi", "tr": "Slaytlar"],
        .speakerNotes: ["en": "Speaker notes", "lv": "Runātāja piezīmes", "tr": "Konuşmacı notları"],
        .presenterView: ["en": "Presenter view", "lv": "Prezentētāja skats", "tr": "Sunucu görünümü"],
        .nextSlide: ["en": "Next slide", "lv": "Nākamais slaids", "tr": "Sonraki slayt"],
        .elapsed: ["en": "Elapsed", "lv": "Pagājušais laiks", "tr": "Geçen süre"],
        .clock: ["en": "Clock", "lv": "Pulkstenis", "tr": "Saat"],
        .keyHelp: [
            "en": "← → or space: next and previous slide · P: presenter view · F: full screen",
            "lv": "← → vai atstarpe: nākamais un iepriekšējais slaids · P: prezentētāja skats · F: pilnekrāna režīms",
            "tr": "← → veya boşluk: sonraki ve önceki slayt · P: sunucu görünümü · F: tam ekran",
        ],
        .handsOne: [
            "en": "Raise your hand for the answer you choose.",
            "lv": "Paceliet roku, kad nosaucu jūsu izvēlēto atbildi.",
            "tr": "Seçtiğiniz cevap okunduğunda elinizi kaldırın.",
        ],
        .handsAll: [
            "en": "Raise your hand for every answer you think is right.",
            "lv": "Paceliet roku pie katras atbildes, kuru uzskatāt par pareizu.",
            "tr": "Doğru olduğunu düşündüğünüz her cevapta elinizi kaldırın.",
        ],
        .callOut: [
            "en": "Call out your answer.", "lv": "Nosauciet savu atbildi.", "tr": "Cevabınızı yüksek sesle söyleyin.",
        ],
    ]
}
