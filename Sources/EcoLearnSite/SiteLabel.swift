import EcoLearn

/// The fixed texts of the site that packs do not already have (those come from `PackStrings`).
enum SiteLabel: String, CaseIterable {
    case siteTitle, tagline, skipToContent, chooseLanguage, findLesson, search, searchHint, topic, learnerAge
    case ageHint, timeAvailable, availableIn, allTopics, allAudiences, allLanguages, anyTime, upToMinutes
    case showAll, lessonsFound, noMatch, lessonCount, topics, languages, original, reviewed, draft, notInLanguage
    case activities, quizQuestions, answersWhere, downloads, packHTML, packPDF, slidesHTML, giftFile, moodleFile
    case yamlSource, otherLanguages, version, allLessons, footer, feed, picture, filtersNeedScript
}

/// The site's fixed texts in en, lv and tr. `%1`, `%2` are filled in by the caller (or the page's script).
enum SiteStrings {
    /// The text of `label` in `language` (English when the language has none).
    static func text(_ label: SiteLabel, in language: String) -> String {
        let texts = table[label] ?? [:]
        return texts[language] ?? texts["en"] ?? label.rawValue
    }

    /// A pack label, for texts the site shares with printed packs.
    static func text(_ label: PackLabel, in language: String) -> String { PackStrings.text(label, in: language) }

    /// The name of a language in that language, for the language switcher.
    static func endonym(_ code: String) -> String {
        ["en": "English", "lv": "Latviešu", "tr": "Türkçe"][code] ?? code
    }

    /// The name of language `code` in `language` (e.g. "latviešu" in Latvian).
    static func languageName(_ code: String, in language: String) -> String {
        PackStrings.label(forLanguage: code).map { PackStrings.text($0, in: language) } ?? code
    }

    static let table: [SiteLabel: [String: String]] = [
        .siteTitle: ["en": "Environmental lessons", "lv": "Vides izglītības nodarbības", "tr": "Çevre eğitimi dersleri"],
        .tagline: [
            "en": "Free lesson units on waste, climate, water and air for schools, NGOs, municipalities and the "
                + "public, with printable packs, slides and Moodle quizzes.",
            "lv": "Bezmaksas nodarbības par atkritumiem, klimatu, ūdeni un gaisu skolām, nevalstiskajām "
                + "organizācijām, pašvaldībām un sabiedrībai — ar izdrukājamiem materiāliem, slaidiem un Moodle "
                + "testiem.",
            "tr": "Okullar, sivil toplum kuruluşları, belediyeler ve halk için atık, iklim, su ve hava üzerine "
                + "ücretsiz dersler: yazdırılabilir paketler, slaytlar ve Moodle sınavlarıyla.",
        ],
        .skipToContent: ["en": "Skip to the content", "lv": "Pāriet uz saturu", "tr": "İçeriğe geç"],
        .chooseLanguage: ["en": "Choose a language", "lv": "Izvēlieties valodu", "tr": "Bir dil seçin"],
        .findLesson: ["en": "Find a lesson", "lv": "Atrast nodarbību", "tr": "Ders bul"],
        .search: ["en": "Search", "lv": "Meklēt", "tr": "Ara"],
        .searchHint: [
            "en": "Words from the title, summary or key points", "lv": "Vārdi no nosaukuma, kopsavilkuma vai galvenajām atziņām",
            "tr": "Başlıktan, özetten veya temel bilgilerden sözcükler",
        ],
        .topic: ["en": "Topic", "lv": "Tēma", "tr": "Konu"],
        .learnerAge: ["en": "Learners’ age", "lv": "Dalībnieku vecums", "tr": "Katılımcıların yaşı"],
        .ageHint: ["en": "In years, e.g. 12", "lv": "Gados, piemēram, 12", "tr": "Yıl olarak, örneğin 12"],
        .timeAvailable: ["en": "Time available", "lv": "Pieejamais laiks", "tr": "Ayrılabilecek süre"],
        .availableIn: ["en": "Available in", "lv": "Pieejama valodā", "tr": "Mevcut olduğu dil"],
        .allTopics: ["en": "All topics", "lv": "Visas tēmas", "tr": "Tüm konular"],
        .allAudiences: ["en": "All audiences", "lv": "Visas mērķauditorijas", "tr": "Tüm hedef kitleler"],
        .allLanguages: ["en": "All languages", "lv": "Visas valodas", "tr": "Tüm diller"],
        .anyTime: ["en": "Any length", "lv": "Jebkāds ilgums", "tr": "Süre fark etmez"],
        .upToMinutes: ["en": "Up to %1 min", "lv": "Līdz %1 min", "tr": "En fazla %1 dk"],
        .showAll: ["en": "Show all", "lv": "Rādīt visas", "tr": "Tümünü göster"],
        .lessonsFound: ["en": "Lessons found: %1 of %2", "lv": "Atrastās nodarbības: %1 no %2", "tr": "Bulunan dersler: %1 / %2"],
        .noMatch: [
            "en": "No lesson matches. Try fewer words or show all.",
            "lv": "Neviena nodarbība neatbilst. Mēģiniet ar mazāk vārdiem vai rādiet visas.",
            "tr": "Eşleşen ders yok. Daha az sözcük deneyin ya da tümünü gösterin.",
        ],
        .lessonCount: ["en": "Lessons: %1", "lv": "Nodarbību skaits: %1", "tr": "Ders sayısı: %1"],
        .topics: ["en": "Topics", "lv": "Tēmas", "tr": "Konular"],
        .languages: ["en": "Languages", "lv": "Valodas", "tr": "Diller"],
        .original: ["en": "original", "lv": "oriģināls", "tr": "asıl metin"],
        .reviewed: ["en": "reviewed", "lv": "pārbaudīts", "tr": "gözden geçirildi"],
        .draft: ["en": "draft", "lv": "melnraksts", "tr": "taslak"],
        .notInLanguage: [
            "en": "Not available in English yet", "lv": "Latviski vēl nav pieejama", "tr": "Türkçesi henüz yok",
        ],
        .activities: ["en": "Activities", "lv": "Aktivitātes", "tr": "Etkinlikler"],
        .quizQuestions: ["en": "Quiz questions", "lv": "Zināšanu pārbaudes jautājumi", "tr": "Sınav soruları"],
        .answersWhere: [
            "en": "The answers are in the printable pack (answer key) and in the Moodle files below.",
            "lv": "Pareizās atbildes ir izdrukājamajos materiālos (sadaļā “Pareizās atbildes”) un Moodle failos zemāk.",
            "tr": "Cevaplar yazdırılabilir pakette (cevap anahtarı) ve aşağıdaki Moodle dosyalarında yer alır.",
        ],
        .downloads: ["en": "Downloads", "lv": "Lejupielādes", "tr": "İndirmeler"],
        .packHTML: [
            "en": "Printable pack (HTML): teacher guide, worksheets, quiz, answer key",
            "lv": "Izdrukājami materiāli (HTML): skolotāja rokasgrāmata, darba lapas, zināšanu pārbaude, pareizās atbildes",
            "tr": "Yazdırılabilir paket (HTML): öğretmen kılavuzu, çalışma yaprakları, kısa sınav, cevap anahtarı",
        ],
        .packPDF: ["en": "Printable pack (PDF)", "lv": "Izdrukājami materiāli (PDF)", "tr": "Yazdırılabilir paket (PDF)"],
        .slidesHTML: ["en": "Slides (HTML)", "lv": "Slaidi (HTML)", "tr": "Slaytlar (HTML)"],
        .giftFile: ["en": "Quiz for Moodle (GIFT)", "lv": "Zināšanu pārbaude Moodle vidē (GIFT)", "tr": "Moodle için sınav (GIFT)"],
        .moodleFile: [
            "en": "Quiz for Moodle (Moodle XML)", "lv": "Zināšanu pārbaude Moodle vidē (Moodle XML)",
            "tr": "Moodle için sınav (Moodle XML)",
        ],
        .yamlSource: [
            "en": "Lesson source file (YAML, all languages)", "lv": "Nodarbības pirmteksts (YAML, visās valodās)",
            "tr": "Dersin kaynak dosyası (YAML, tüm diller)",
        ],
        .otherLanguages: ["en": "This lesson in other languages", "lv": "Šī nodarbība citās valodās", "tr": "Bu ders diğer dillerde"],
        .version: ["en": "Version", "lv": "Versija", "tr": "Sürüm"],
        .allLessons: ["en": "All lessons", "lv": "Visas nodarbības", "tr": "Tüm dersler"],
        .footer: [
            "en": "Made with ecolearn. Each lesson states its own licence and authors.",
            "lv": "Veidots ar ecolearn. Katras nodarbības licence un autori ir norādīti tās lapā.",
            "tr": "ecolearn ile hazırlandı. Her dersin lisansı ve yazarları kendi sayfasında belirtilir.",
        ],
        .feed: ["en": "New and updated lessons (Atom feed)", "lv": "Jaunas un atjauninātas nodarbības (Atom plūsma)",
                "tr": "Yeni ve güncellenen dersler (Atom akışı)"],
        .picture: ["en": "Picture", "lv": "Attēls", "tr": "Görsel"],
        .filtersNeedScript: [
            "en": "Every lesson is listed below.", "lv": "Zemāk ir uzskaitītas visas nodarbības.",
            "tr": "Tüm dersler aşağıda listelenmiştir.",
        ],
    ]
}
