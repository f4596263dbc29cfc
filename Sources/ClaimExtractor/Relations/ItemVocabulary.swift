/// Equipment, products and transactions, folded.
enum ItemVocabulary {
    /// Nouns that name a kind of equipment or product: `C-130 Hercules transport aircraft`,
    /// `Rafale fighters`, `Krab howitzers`, `Lumen X2 headsets`.
    static let categories: Set<String> = [
        "aircraft", "airplane", "airplanes", "plane", "planes", "jet", "jets", "airliner", "airliners", "widebody",
        "widebodies", "narrowbody", "narrowbodies", "fighter", "fighters", "bomber", "bombers", "helicopter",
        "helicopters", "drone", "drones", "uav", "uavs", "transport", "transports", "freighter", "tanker",
        "trainer", "trainers", "submarine", "submarines", "frigate", "frigates", "corvette", "corvettes",
        "destroyer", "destroyers", "boat", "boats", "vessel", "vessels", "ship", "ships", "cutter", "cutters",
        "howitzer", "howitzers", "launcher", "launchers", "missile", "missiles", "rocket", "rockets", "system",
        "systems", "tank", "tanks", "vehicle", "vehicles", "truck", "trucks", "rifle", "rifles", "gun", "guns",
        "radar", "radars", "engine", "engines", "satellite", "satellites", "locomotive", "locomotives",
        "headset", "headsets", "phone", "phones", "smartphone", "smartphones", "chip", "chips", "package",
        "packages", "munitions", "shells", "rounds", "interceptors", "carrier", "carriers", "platform",
        "platforms", "ambulances", "ambulance", "turbines", "reactor", "reactors",
    ]

    /// Words that may stand between a name and its equipment noun: `Bushmaster protected
    /// vehicles`, `Hercules transport aircraft`, `KAAN fighter jet`.
    static let modifiers: Set<String> = [
        "protected", "patrol", "transport", "training", "military", "heavy-lift", "attack", "combat", "armored",
        "armoured", "multirole", "multi-role", "maritime", "light", "electric", "utility", "cargo", "passenger",
        "reconnaissance", "surveillance", "air-defence", "air-defense", "main", "battle", "guided", "anti-ship",
        "anti-tank", "tactical", "strategic", "unmanned", "stealth", "amphibious", "offshore", "coastal", "fast",
        "replica", "self-propelled", "wide-body", "narrow-body", "twin-engine", "jet", "fighter", "trainer",
        "missile", "rocket", "artillery", "naval", "patrol-boat", "cruise", "ballistic", "interceptor",
        "mixed-reality", "smart", "folding", "electric-powered", "diesel", "nuclear", "attack-helicopter",
    ]

    /// Company suffixes: `Apple Inc` is the maker, not a product.
    static let companySuffixes: Set<String> = ["inc", "corp", "corporation", "ltd", "llc", "plc", "co", "group", "holdings", "ag", "sa", "gmbh", "as", "company"]

    /// Endings of adjectives written with a capital (`Congressional`, `Political`): not product names.
    static let adjectiveEndings: [String] = ["al", "ive", "ous", "ary", "ing", "ed", "ful", "less", "ic", "ish", "ese", "ian", "ean"]

    /// Aircraft and defence makers and product companies: stripped from an item's name and kept
    /// in the `maker` slot (`Lockheed Martin C-130 Hercules` → item `C-130`, maker `Lockheed Martin`).
    static let makers: [[String]] = [
        ["lockheed", "martin"], ["boeing"], ["airbus"], ["embraer"], ["bombardier"], ["dassault"], ["saab"],
        ["sikorsky"], ["bell"], ["northrop", "grumman"], ["raytheon"], ["general", "dynamics"], ["bae", "systems"],
        ["leonardo"], ["thales"], ["rheinmetall"], ["mbda"], ["mitsubishi"], ["kawasaki"], ["hanwha"],
        ["hyundai", "rotem"], ["korea", "aerospace", "industries"], ["sukhoi"], ["mikoyan"], ["tupolev"], ["ilyushin"],
        ["antonov"], ["baykar"], ["aselsan"], ["tusas"], ["naval", "group"], ["fincantieri"], ["damen"], ["austal"],
        ["textron"], ["beechcraft"], ["pilatus"], ["atr"], ["comac"], ["avic"], ["norinco"], ["elbit"], ["rafael"],
        ["iai"], ["kongsberg"], ["nammo"], ["krauss-maffei", "wegmann"], ["knds"], ["nexter"], ["general", "atomics"],
        ["rolls-royce"], ["pratt", "&", "whitney"], ["ge", "aerospace"], ["apple"], ["samsung"], ["meta"], ["google"],
        ["microsoft"], ["sony"], ["huawei"], ["xiaomi"], ["tesla"],
    ]

    /// Verbs of delivering or selling, folded phrases: `handed over`, `took delivery of`.
    static let deliveryVerbs: [[String]] = [
        ["delivered"], ["delivers"], ["supplied"], ["supplies"], ["sold"], ["sells"], ["bought"], ["buys"],
        ["purchased"], ["shipped"], ["ships"], ["handed", "over"], ["hands", "over"], ["handing", "over"],
        ["handover", "of"], ["provided"], ["donated"], ["transferred"], ["received"], ["receives"],
        ["taken", "delivery", "of"], ["took", "delivery", "of"], ["takes", "delivery", "of"], ["acquired"],
        ["gave"], ["sent"], ["exported"], ["handed"], ["hands"], ["has", "given"], ["had", "given"], ["given"],
    ]

    /// Units that count a bulk good: `1,200 tonnes of wheat flour`.
    static let units: Set<String> = ["tonnes", "tons", "tonne", "ton", "kilograms", "kg", "litres", "liters", "barrels", "units", "doses", "batches", "crates", "pallets", "containers", "sets", "pieces", "rounds", "boxes"]

    /// Number words, for quantities.
    static let numberWords: [String: Int] = [
        "one": 1, "a": 1, "an": 1, "first": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "dozen": 12, "hundred": 100,
    ]

    /// Designator-shaped words that are not products.
    static let notItems: Set<String> = ["covid-19", "g7", "g20", "g8", "cop26", "cop27", "cop28", "cop29", "cop30", "4g", "5g", "6g", "h1n1", "h5n1", "mh17", "mh370", "b2b", "p5", "e3", "q1", "q2", "q3", "q4", "h1", "h2", "fy2024", "fy2025", "fy2026"]
}
