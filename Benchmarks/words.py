"""Word lists for the synthetic lesson library: waste and environment vocabulary in English, Latvian and Turkish.

Texts are built by drawing from these lists with a seeded random generator, so every run writes the same bytes.
The Latvian and Turkish lists keep their own letters (ā č ē ģ ī ķ ļ ņ š ū ž; ç ğ ı İ ö ş ü) so the parser meets
real multi-byte UTF-8, as it does in the shipped lessons.
"""

NOUNS = {
    "en": [
        "waste", "bottle", "glass", "paper", "cardboard", "packaging", "compost", "container", "deposit", "landfill",
        "plastic", "metal", "can", "jar", "battery", "phone", "textile", "shirt", "food", "peel", "leaf", "garden",
        "river", "water", "air", "smoke", "energy", "heat", "climate", "methane", "street", "school", "town",
        "neighbour", "market", "shop", "bag", "lid", "label", "bin", "truck", "worker", "family", "kitchen",
        "repair", "reuse", "recycling", "collection", "sorting", "hierarchy", "resource", "soil", "worm", "forest",
        "park", "beach", "cup", "tray", "box", "newspaper",
    ],
    "lv": [
        "atkritumi", "pudele", "stikls", "papīrs", "kartons", "iepakojums", "komposts", "konteiners", "depozīts",
        "poligons", "plastmasa", "metāls", "skārdene", "burka", "baterija", "telefons", "tekstils", "krekls",
        "ēdiens", "miza", "lapa", "dārzs", "upe", "ūdens", "gaiss", "dūmi", "enerģija", "siltums", "klimats",
        "metāns", "iela", "skola", "pilsēta", "kaimiņš", "tirgus", "veikals", "maisiņš", "vāciņš", "etiķete",
        "tvertne", "mašīna", "strādnieks", "ģimene", "virtuve", "remonts", "atkārtota lietošana", "pārstrāde",
        "savākšana", "šķirošana", "hierarhija", "resurss", "augsne", "slieka", "mežs", "parks", "pludmale",
        "krūzīte", "paplāte", "kaste", "avīze", "ķirbis", "ļaudis", "ņieburs", "žurnāls",
    ],
    "tr": [
        "atık", "şişe", "cam", "kâğıt", "karton", "ambalaj", "kompost", "konteyner", "depozito", "çöplük",
        "plastik", "metal", "teneke", "kavanoz", "pil", "telefon", "tekstil", "gömlek", "yemek", "kabuk", "yaprak",
        "bahçe", "nehir", "su", "hava", "duman", "enerji", "ısı", "iklim", "metan", "sokak", "okul", "kent",
        "komşu", "pazar", "dükkân", "poşet", "kapak", "etiket", "kutu", "kamyon", "işçi", "aile", "mutfak",
        "onarım", "yeniden kullanım", "geri dönüşüm", "toplama", "ayrıştırma", "hiyerarşi", "kaynak", "toprak",
        "solucan", "orman", "park", "sahil", "bardak", "tepsi", "gazete", "çöp", "İzmir", "ağaç", "gübre",
    ],
}

VERBS = {
    "en": [
        "sort", "collect", "rinse", "flatten", "weigh", "count", "compare", "measure", "repair", "reuse", "carry",
        "label", "draw", "discuss", "explain", "name", "find", "share", "plan", "observe", "record", "choose",
        "return", "compost", "reduce", "avoid", "check", "list",
    ],
    "lv": [
        "šķiro", "savāc", "noskalo", "saplacina", "nosver", "saskaita", "salīdzina", "izmēra", "salabo",
        "izmanto atkārtoti", "nes", "marķē", "uzzīmē", "pārrunā", "paskaidro", "nosauc", "atrod", "dalās", "plāno",
        "novēro", "pieraksta", "izvēlas", "nodod", "kompostē", "samazina", "izvairās", "pārbauda", "uzskaita",
    ],
    "tr": [
        "ayırır", "toplar", "durular", "ezer", "tartar", "sayar", "karşılaştırır", "ölçer", "onarır",
        "yeniden kullanır", "taşır", "etiketler", "çizer", "tartışır", "açıklar", "adlandırır", "bulur",
        "paylaşır", "planlar", "gözlemler", "kaydeder", "seçer", "iade eder", "kompost yapar", "azaltır",
        "kaçınır", "kontrol eder", "listeler",
    ],
}

ADJECTIVES = {
    "en": [
        "clean", "empty", "heavy", "light", "green", "brown", "blue", "yellow", "local", "small", "large", "old",
        "new", "broken", "useful", "separate", "mixed", "organic", "hazardous", "reusable", "careful", "daily",
    ],
    "lv": [
        "tīrs", "tukšs", "smags", "viegls", "zaļš", "brūns", "zils", "dzeltens", "vietējs", "mazs", "liels",
        "vecs", "jauns", "salauzts", "noderīgs", "atsevišķs", "jaukts", "organisks", "bīstams", "atkārtoti lietojams",
        "rūpīgs", "ikdienas",
    ],
    "tr": [
        "temiz", "boş", "ağır", "hafif", "yeşil", "kahverengi", "mavi", "sarı", "yerel", "küçük", "büyük", "eski",
        "yeni", "kırık", "yararlı", "ayrı", "karışık", "organik", "tehlikeli", "yeniden kullanılabilir", "özenli",
        "günlük",
    ],
}

CONNECTORS = {
    "en": ["and", "with", "for", "in", "from", "before", "after", "near", "at", "by", "then", "so"],
    "lv": ["un", "ar", "priekš", "iekš", "no", "pirms", "pēc", "pie", "uz", "tad", "tāpēc", "kopā ar"],
    "tr": ["ve", "ile", "için", "içinde", "den", "önce", "sonra", "yakınında", "de", "sonra da", "böylece", "ama"],
}

# Plain ASCII words for slugs (ids of units, objectives, activities and questions).
SLUG_WORDS = [
    "bottle", "glass", "paper", "compost", "deposit", "landfill", "plastic", "metal", "battery", "phone", "textile",
    "food", "garden", "river", "water", "air", "energy", "climate", "street", "school", "town", "market", "bag",
    "lid", "label", "bin", "repair", "reuse", "sorting", "soil", "worm", "forest", "park", "beach", "cup", "box",
    "relay", "count", "map", "audit", "walk", "quiz", "poster", "story", "game", "visit", "survey", "diary",
]
