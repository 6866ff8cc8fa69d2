/// The Latvian and Turkish names of the countries of Europe and its neighbours, keyed by the English short name
/// that ISO 3166-1 gives them, so that a report in Latvian or Turkish names a stored `Latvia` or `Türkiye` in its own
/// language (`Latvija`, `Turcija`; `Letonya`, `Türkiye`).
///
/// Names follow the Latvian and Turkish translations of Debian's iso-codes (4.15), except where the Latvian one
/// lags behind a renaming (`Czechia`, `Türkiye`, `North Macedonia`) or names only part of the country (`United
/// Kingdom`). Only these exact English names are translated: a country stored under another spelling (`LV`,
/// `Turkey`, `latvia`) is printed as stored, so two spellings stay two rows with two names in every language.
enum CountryNames {
    /// `stored` in `language`, when it is one of the English names of the table; nil otherwise (and for English).
    static func name(of stored: String, in language: ReportLanguage) -> String? {
        guard let names = table[stored] else { return nil }
        switch language {
        case .en: return nil
        case .lv: return names.lv
        case .tr: return names.tr
        }
    }

    /// English short name → Latvian and Turkish names. No two English names share a translation.
    static let table: [String: (lv: String, tr: String)] = [
        "Albania": ("Albānija", "Arnavutluk"),
        "Armenia": ("Armēnija", "Ermenistan"),
        "Austria": ("Austrija", "Avusturya"),
        "Azerbaijan": ("Azerbaidžāna", "Azerbaycan"),
        "Belarus": ("Baltkrievija", "Belarus"),
        "Belgium": ("Beļģija", "Belçika"),
        "Bosnia and Herzegovina": ("Bosnija un Hercegovina", "Bosna-Hersek"),
        "Bulgaria": ("Bulgārija", "Bulgaristan"),
        "Croatia": ("Horvātija", "Hırvatistan"),
        "Cyprus": ("Kipra", "Kıbrıs"),
        "Czechia": ("Čehija", "Çekya"),
        "Denmark": ("Dānija", "Danimarka"),
        "Estonia": ("Igaunija", "Estonya"),
        "Finland": ("Somija", "Finlandiya"),
        "France": ("Francija", "Fransa"),
        "Germany": ("Vācija", "Almanya"),
        "Greece": ("Grieķija", "Yunanistan"),
        "Hungary": ("Ungārija", "Macaristan"),
        "Iceland": ("Islande", "İzlanda"),
        "Ireland": ("Īrija", "İrlanda"),
        "Italy": ("Itālija", "İtalya"),
        "Kosovo": ("Kosova", "Kosova"),
        "Latvia": ("Latvija", "Letonya"),
        "Liechtenstein": ("Lihtenšteina", "Lihtenştayn"),
        "Lithuania": ("Lietuva", "Litvanya"),
        "Luxembourg": ("Luksemburga", "Lüksemburg"),
        "Malta": ("Malta", "Malta"),
        "Moldova": ("Moldova", "Moldova"),
        "Montenegro": ("Melnkalne", "Karadağ"),
        "Netherlands": ("Nīderlande", "Hollanda"),
        "North Macedonia": ("Ziemeļmaķedonija", "Kuzey Makedonya"),
        "Norway": ("Norvēģija", "Norveç"),
        "Poland": ("Polija", "Polonya"),
        "Portugal": ("Portugāle", "Portekiz"),
        "Romania": ("Rumānija", "Romanya"),
        "Russia": ("Krievija", "Rusya"),
        "Serbia": ("Serbija", "Sırbistan"),
        "Slovakia": ("Slovākija", "Slovakya"),
        "Slovenia": ("Slovēnija", "Slovenya"),
        "Spain": ("Spānija", "İspanya"),
        "Sweden": ("Zviedrija", "İsveç"),
        "Switzerland": ("Šveice", "İsviçre"),
        "Türkiye": ("Turcija", "Türkiye"),
        "Ukraine": ("Ukraina", "Ukrayna"),
        "United Kingdom": ("Apvienotā Karaliste", "Birleşik Krallık"),
    ]
}
