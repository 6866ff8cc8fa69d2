extension ReportStrings {
    /// The report in Latvian (to be read by a native speaker before a funder sees it).
    enum Latvian {
        static func text(_ label: ReportLabel) -> String {
            switch label {
            case .reportTitle: "Dalības pārskats"
            case .periodStart: "sākuma"
            case .periodEnd: "šodienai"
            case .totalEvents: "pasākumi"
            case .totalAttendances: "apmeklējumi (reģistrēto dalībnieku paraksti)"
            case .totalUnique: "unikālie reģistrētie dalībnieki"
            case .totalHeadcount: "saskaitītie (nav sarakstā)"
            case .totalPeople: "cilvēki (apmeklējumi + saskaitītie)"
            case .gainPerUnit: "Zināšanu pieaugums pa nodarbībām"
            case .gainPerObjective: "Zināšanu pieaugums pa sasniedzamajiem rezultātiem"
            case .events: "pasākumi"
            case .attendances: "apmeklējumi"
            case .unique: "unikālie"
            case .headcount: "saskaitītie"
            case .people: "cilvēki"
            case .unit: "nodarbība"
            case .objective: "sasniedzamais rezultāts"
            case .preCount: "pirms n"
            case .pairs: "pāri"
            case .prePercent: "pirms %"
            case .postCount: "pēc n"
            case .postPercent: "pēc %"
            case .gain: "pieaugums"
            case .month: "mēnesis"
            case .town: "pilsēta"
            case .country: "valsts"
            case .audience: "mērķauditorija"
            case .kind: "veids"
            case .lesson: "nodarbība"
            case .gender: "dzimums"
            case .genderTitle: "Dalībnieki pēc dzimuma"
            case .genderHeading: "Pēc dzimuma"
            case .ageBand: "vecuma grupa"
            case .ageBandTitle: "Dalībnieki pēc vecuma grupas"
            case .ageBandHeading: "Pēc vecuma grupas"
            case .origin: "vietējie/ārvalstu"
            case .originTitle: "Vietējie un ārvalstu dalībnieki"
            case .originHeading: "Vietējie un ārvalstu"
            case .female: "sievietes"
            case .male: "vīrieši"
            case .other: "cits"
            case .notRecorded: "nav norādīts"
            case .local: "vietējie"
            case .international: "ārvalstu"
            case .noLesson: "(bez nodarbības)"
            case .audienceSchool: "skolēni"
            case .audienceNGO: "NVO"
            case .audienceMunicipal: "pašvaldība"
            case .audiencePublic: "sabiedrība"
            case .kindLesson: "nodarbība"
            case .kindSeminar: "seminārs"
            case .kindWorkshop: "darbnīca"
            case .kindStudyVisit: "pieredzes apmaiņas brauciens"
            case .kindPublicAction: "publisks pasākums"
            case .page: "Lapa"
            case .pageOf: "no"
            case .summary: "Kopsavilkums"
            case .summaryEvents: "Pasākumi"
            case .summaryAttendances: "Apmeklējumi (reģistrētie dalībnieki)"
            case .summaryUnique: "Unikālie reģistrētie dalībnieki"
            case .summaryHeadcount: "Saskaitītie (nav sarakstā)"
            case .summaryPeople: "Sasniegtie cilvēki (apmeklējumi + saskaitītie)"
            case .whoTookPart: "Kas piedalījās"
            case .whatTheyLearned: "Ko dalībnieki iemācījās"
            case .perUnit: "Pa nodarbībām"
            case .perObjective: "Pa sasniedzamajiem rezultātiem"
            case .meanPreTest: "vidēji pirms %"
            case .meanPostTest: "vidēji pēc %"
            case .note:
                """
                Apmeklējumi ir reģistrēto dalībnieku paraksti pasākumos (viens cilvēks divos pasākumos tiek skaitīts divreiz);
                unikālie dalībnieki katru reģistrēto cilvēku skaita vienreiz; saskaitītie ir cilvēki, kas saskaitīti, bet nav sarakstā (bērni vienmēr).
                Normalizētais pieaugums = (vidēji pēc − vidēji pirms) / (100 − vidēji pirms).
                """
            case .csvSection: "sadaļa"
            case .csvGroup: "grupa"
            case .csvMeasure: "rādītājs"
            case .csvValue: "vērtība"
            case .totals: "kopā"
            case .signedPerEvent: "Parakstījušies dalībnieki pa pasākumiem"
            case .signedPerCountry: "Parakstījušies dalībnieki pa valstīm"
            case .eventsUnder: "Pasākumi, kas nesasniedz sliekšņus"
            case .atLeastParticipants: "vismaz {n} parakstījušies dalībnieki"
            case .atLeastInternational: "no tiem vismaz {n} ārvalstu dalībnieki"
            case .everyEventMeets: "Visi pasākumi sasniedz sliekšņus."
            case .event: "pasākums"
            case .date: "datums"
            case .signed: "parakstījušies"
            case .under: "nesasniegts"
            case .eventsUnderCount: "pasākumi zem sliekšņa"
            case .shortParticipants: "dalībnieku skaits"
            case .shortInternational: "ārvalstu dalībnieki"
            }
        }

        /// "Pa valstīm un veidiem": each dimension in the dative plural after "pa".
        static func groupingTitle(_ dimensions: [ReportDimension]) -> String {
            "Pa " + dimensions.map { dimension in
                switch dimension {
                case .month: "mēnešiem"
                case .town: "pilsētām"
                case .country: "valstīm"
                case .audience: "mērķauditorijām"
                case .kind: "veidiem"
                case .lesson: "nodarbībām"
                }
            }.joined(separator: " un ")
        }

        static func period(from: String?, to: String?) -> String {
            "no \(from ?? text(.periodStart)) līdz \(to ?? text(.periodEnd))"
        }

        static let months = [
            "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris",
            "oktobris", "novembris", "decembris",
        ]
    }
}
