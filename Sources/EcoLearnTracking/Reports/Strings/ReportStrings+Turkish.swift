extension ReportStrings {
    /// The report in Turkish (to be read by a native speaker before a funder sees it).
    enum Turkish {
        static func text(_ label: ReportLabel) -> String {
            switch label {
            case .reportTitle: "Katılım raporu"
            case .periodStart: "başlangıç"
            case .periodEnd: "bugün"
            case .totalEvents: "etkinlikler"
            case .totalAttendances: "katılımlar (imzalı listedeki katılımcılar)"
            case .totalUnique: "tekil kayıtlı katılımcılar"
            case .totalHeadcount: "sayım (sayılan, listelenmeyen)"
            case .totalPeople: "kişiler (katılımlar + sayım)"
            case .gainPerUnit: "Derslere göre bilgi artışı"
            case .gainPerObjective: "Kazanımlara göre bilgi artışı"
            case .events: "etkinlik"
            case .attendances: "katılım"
            case .unique: "tekil"
            case .headcount: "sayım"
            case .people: "kişi"
            case .unit: "ders"
            case .objective: "kazanım"
            case .preCount: "ön n"
            case .pairs: "eşleşen"
            case .prePercent: "ön %"
            case .postCount: "son n"
            case .postPercent: "son %"
            case .gain: "artış"
            case .month: "ay"
            case .town: "şehir"
            case .country: "ülke"
            case .audience: "hedef kitle"
            case .kind: "tür"
            case .lesson: "ders"
            case .gender: "cinsiyet"
            case .genderTitle: "Cinsiyete göre katılımcılar"
            case .genderHeading: "Cinsiyete göre"
            case .ageBand: "yaş grubu"
            case .ageBandTitle: "Yaş grubuna göre katılımcılar"
            case .ageBandHeading: "Yaş grubuna göre"
            case .origin: "yerel/uluslararası"
            case .originTitle: "Yerel ve uluslararası katılımcılar"
            case .originHeading: "Yerel ve uluslararası"
            case .female: "kadın"
            case .male: "erkek"
            case .other: "diğer"
            case .notRecorded: "kaydedilmemiş"
            case .local: "yerel"
            case .international: "uluslararası"
            case .noLesson: "(ders yok)"
            case .audienceSchool: "okul"
            case .audienceNGO: "STK"
            case .audienceMunicipal: "belediye"
            case .audiencePublic: "halk"
            case .kindLesson: "ders"
            case .kindSeminar: "seminer"
            case .kindWorkshop: "atölye"
            case .kindStudyVisit: "çalışma ziyareti"
            case .kindPublicAction: "halka açık etkinlik"
            case .page: "Sayfa"
            case .pageOf: "/"
            case .summary: "Özet"
            case .summaryEvents: "Etkinlikler"
            case .summaryAttendances: "Katılımlar (kayıtlı katılımcılar)"
            case .summaryUnique: "Tekil kayıtlı katılımcılar"
            case .summaryHeadcount: "Sayım (sayılan, listelenmeyen)"
            case .summaryPeople: "Ulaşılan kişiler (katılımlar + sayım)"
            case .whoTookPart: "Kimler katıldı"
            case .whatTheyLearned: "Neler öğrenildi"
            case .perUnit: "Derslere göre"
            case .perObjective: "Kazanımlara göre"
            case .meanPreTest: "ön test ortalaması %"
            case .meanPostTest: "son test ortalaması %"
            case .note:
                """
                Katılımlar, etkinliklerde imza atan kayıtlı katılımcıları sayar (iki etkinliğe katılan bir kişi iki kez sayılır);
                tekil katılımcılar her kayıtlı kişiyi bir kez sayar; sayım, listelenmeden sayılan kişilerdir (çocuklar her zaman böyle sayılır).
                Normalleştirilmiş artış = (son ortalama − ön ortalama) / (100 − ön ortalama).
                """
            case .csvSection: "bölüm"
            case .csvGroup: "grup"
            case .csvMeasure: "ölçü"
            case .csvValue: "değer"
            case .totals: "toplam"
            case .signedPerEvent: "Etkinliklere göre imzalı katılımcılar"
            case .signedPerCountry: "Ülkelere göre imzalı katılımcılar"
            case .eventsUnder: "Eşiklerin altında kalan etkinlikler"
            case .atLeastParticipants: "en az {n} imzalı katılımcı"
            case .atLeastInternational: "bunların en az {n} tanesi uluslararası"
            case .everyEventMeets: "Tüm etkinlikler eşikleri karşılıyor."
            case .event: "etkinlik"
            case .date: "tarih"
            case .signed: "imzalı"
            case .under: "eksik"
            case .eventsUnderCount: "eşik altı etkinlik"
            case .shortParticipants: "katılımcı sayısı"
            case .shortInternational: "uluslararası katılımcı"
            }
        }

        /// "Ülke ve tür bazında": the column heads joined with "ve", then "bazında".
        static func groupingTitle(_ dimensions: [ReportDimension]) -> String {
            let names = dimensions.map { ReportStrings.text(ReportStrings.label(for: $0), in: .tr) }
            return capitalised(names.joined(separator: " ve ")) + " bazında"
        }

        static func period(from: String?, to: String?) -> String {
            "\(from ?? text(.periodStart)) – \(to ?? text(.periodEnd))"
        }

        static let months = [
            "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
            "Aralık",
        ]

        /// The first letter in capitals, the Turkish way (i → İ).
        private static func capitalised(_ text: String) -> String {
            guard let first = text.first else { return text }
            let upper = first == "i" ? "İ" : first.uppercased()
            return upper + text.dropFirst()
        }
    }
}
