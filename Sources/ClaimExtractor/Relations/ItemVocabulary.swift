/// Equipment, products and transactions, folded.
enum ItemVocabulary {
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
}
