/// The names of the topics a unit may list (`Vocabulary.topics`) in each site language.
enum SiteTopics {
    /// The topic's name in `language`, or the topic id itself when it has none.
    static func name(_ topic: String, in language: String) -> String {
        names[topic]?[language] ?? names[topic]?["en"] ?? topic
    }

    static let names: [String: [String: String]] = [
        "waste-hierarchy": ["en": "Waste hierarchy", "lv": "Atkritumu apsaimniekošanas hierarhija", "tr": "Atık hiyerarşisi"],
        "prevention": ["en": "Waste prevention", "lv": "Atkritumu rašanās novēršana", "tr": "Atık önleme"],
        "reuse": ["en": "Reuse", "lv": "Atkārtota izmantošana", "tr": "Yeniden kullanım"],
        "repair": ["en": "Repair", "lv": "Labošana", "tr": "Onarım"],
        "sorting": ["en": "Sorting", "lv": "Šķirošana", "tr": "Ayrıştırma"],
        "recycling": ["en": "Recycling", "lv": "Pārstrāde", "tr": "Geri dönüşüm"],
        "packaging": ["en": "Packaging", "lv": "Iepakojums", "tr": "Ambalaj"],
        "deposit-return": ["en": "Deposit return", "lv": "Depozīta sistēma", "tr": "Depozito iade sistemi"],
        "composting": ["en": "Composting", "lv": "Kompostēšana", "tr": "Kompostlama"],
        "bio-waste": ["en": "Bio-waste", "lv": "Bioatkritumi", "tr": "Organik atık"],
        "food-waste": ["en": "Food waste", "lv": "Pārtikas atkritumi", "tr": "Gıda israfı"],
        "plastics": ["en": "Plastics", "lv": "Plastmasa", "tr": "Plastikler"],
        "hazardous-waste": ["en": "Hazardous waste", "lv": "Bīstamie atkritumi", "tr": "Tehlikeli atık"],
        "e-waste": ["en": "E-waste", "lv": "Elektroniskie atkritumi", "tr": "Elektronik atık"],
        "textiles": ["en": "Textiles", "lv": "Tekstilizstrādājumi", "tr": "Tekstil"],
        "landfill": ["en": "Landfill", "lv": "Atkritumu poligoni", "tr": "Düzenli depolama"],
        "methane": ["en": "Methane", "lv": "Metāns", "tr": "Metan"],
        "circular-economy": ["en": "Circular economy", "lv": "Aprites ekonomika", "tr": "Döngüsel ekonomi"],
        "zero-waste": ["en": "Zero waste", "lv": "Bezatkritumu dzīvesveids", "tr": "Sıfır atık"],
        "water": ["en": "Water", "lv": "Ūdens", "tr": "Su"],
        "air": ["en": "Air", "lv": "Gaiss", "tr": "Hava"],
        "climate": ["en": "Climate", "lv": "Klimats", "tr": "İklim"],
        "energy": ["en": "Energy", "lv": "Enerģija", "tr": "Enerji"],
        "consumption": ["en": "Consumption", "lv": "Patēriņš", "tr": "Tüketim"],
        "community-action": ["en": "Community action", "lv": "Kopienas rīcība", "tr": "Toplum katılımı"],
        "health": ["en": "Health", "lv": "Veselība", "tr": "Sağlık"],
    ]
}
