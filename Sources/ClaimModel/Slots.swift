/// Typed slots of a claim. Entity references are entity ids (`person:anna-kowalska`);
/// every other value is the normalized form the comparator compares.
///
/// The nineteen slots live in one shared, copy-on-write box: a claim is copied at every step
/// of a comparison (its set's claims with global entity ids, the main occasion's, each kind's,
/// each rule's aligned items and figures), and a copy of the slots is then one reference, not
/// 304 bytes (a 3,000-article set holds 134,000 claims several times over). The first change
/// to a shared box copies it, so a value behaves as if each claim held its own slots.
public struct Slots: Codable, Hashable, Sendable {
    private final class Storage: @unchecked Sendable {
        var actor: String?
        var counterpart: String?
        var person: String?
        var title: String?
        var office: String?
        var verb: String?
        var place: String?
        var date: String?
        var event: String?
        var item: String?
        var maker: String?
        var quantity: String?
        var value: String?
        var unit: String?
        var measure: String?
        var source: String?
        var speaker: String?
        var quote: String?
        var text: String?

        init() {}

        func copy() -> Storage {
            let copy = Storage()
            copy.actor = actor
            copy.counterpart = counterpart
            copy.person = person
            copy.title = title
            copy.office = office
            copy.verb = verb
            copy.place = place
            copy.date = date
            copy.event = event
            copy.item = item
            copy.maker = maker
            copy.quantity = quantity
            copy.value = value
            copy.unit = unit
            copy.measure = measure
            copy.source = source
            copy.speaker = speaker
            copy.quote = quote
            copy.text = text
            return copy
        }
    }

    private var storage: Storage

    /// The box, made this value's own before it changes.
    private mutating func own() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var actor: String? {
        get { storage.actor }
        set { own().actor = newValue }
    }
    public var counterpart: String? {
        get { storage.counterpart }
        set { own().counterpart = newValue }
    }
    public var person: String? {
        get { storage.person }
        set { own().person = newValue }
    }
    public var title: String? {
        get { storage.title }
        set { own().title = newValue }
    }
    public var office: String? {
        get { storage.office }
        set { own().office = newValue }
    }
    public var verb: String? {
        get { storage.verb }
        set { own().verb = newValue }
    }
    public var place: String? {
        get { storage.place }
        set { own().place = newValue }
    }
    public var date: String? {
        get { storage.date }
        set { own().date = newValue }
    }
    public var event: String? {
        get { storage.event }
        set { own().event = newValue }
    }
    public var item: String? {
        get { storage.item }
        set { own().item = newValue }
    }
    public var maker: String? {
        get { storage.maker }
        set { own().maker = newValue }
    }
    public var quantity: String? {
        get { storage.quantity }
        set { own().quantity = newValue }
    }
    public var value: String? {
        get { storage.value }
        set { own().value = newValue }
    }
    public var unit: String? {
        get { storage.unit }
        set { own().unit = newValue }
    }
    public var measure: String? {
        get { storage.measure }
        set { own().measure = newValue }
    }
    public var source: String? {
        get { storage.source }
        set { own().source = newValue }
    }
    public var speaker: String? {
        get { storage.speaker }
        set { own().speaker = newValue }
    }
    public var quote: String? {
        get { storage.quote }
        set { own().quote = newValue }
    }
    public var text: String? {
        get { storage.text }
        set { own().text = newValue }
    }

    public init(
        actor: String? = nil, counterpart: String? = nil, person: String? = nil, title: String? = nil,
        office: String? = nil, verb: String? = nil, place: String? = nil, date: String? = nil,
        event: String? = nil, item: String? = nil, maker: String? = nil, quantity: String? = nil,
        value: String? = nil, unit: String? = nil, measure: String? = nil, source: String? = nil,
        speaker: String? = nil, quote: String? = nil, text: String? = nil
    ) {
        let storage = Storage()
        storage.actor = actor
        storage.counterpart = counterpart
        storage.person = person
        storage.title = title
        storage.office = office
        storage.verb = verb
        storage.place = place
        storage.date = date
        storage.event = event
        storage.item = item
        storage.maker = maker
        storage.quantity = quantity
        storage.value = value
        storage.unit = unit
        storage.measure = measure
        storage.source = source
        storage.speaker = speaker
        storage.quote = quote
        storage.text = text
        self.storage = storage
    }

    private enum CodingKeys: String, CodingKey {
        case actor, counterpart, person, title, office, verb, place, date, event, item, maker, quantity, value, unit, measure, source, speaker, quote, text
    }

    /// As the compiler would write it for nineteen stored optionals: present slots only.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(actor, forKey: .actor)
        try container.encodeIfPresent(counterpart, forKey: .counterpart)
        try container.encodeIfPresent(person, forKey: .person)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(office, forKey: .office)
        try container.encodeIfPresent(verb, forKey: .verb)
        try container.encodeIfPresent(place, forKey: .place)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(event, forKey: .event)
        try container.encodeIfPresent(item, forKey: .item)
        try container.encodeIfPresent(maker, forKey: .maker)
        try container.encodeIfPresent(quantity, forKey: .quantity)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(measure, forKey: .measure)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(speaker, forKey: .speaker)
        try container.encodeIfPresent(quote, forKey: .quote)
        try container.encodeIfPresent(text, forKey: .text)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let storage = Storage()
        storage.actor = try container.decodeIfPresent(String.self, forKey: .actor)
        storage.counterpart = try container.decodeIfPresent(String.self, forKey: .counterpart)
        storage.person = try container.decodeIfPresent(String.self, forKey: .person)
        storage.title = try container.decodeIfPresent(String.self, forKey: .title)
        storage.office = try container.decodeIfPresent(String.self, forKey: .office)
        storage.verb = try container.decodeIfPresent(String.self, forKey: .verb)
        storage.place = try container.decodeIfPresent(String.self, forKey: .place)
        storage.date = try container.decodeIfPresent(String.self, forKey: .date)
        storage.event = try container.decodeIfPresent(String.self, forKey: .event)
        storage.item = try container.decodeIfPresent(String.self, forKey: .item)
        storage.maker = try container.decodeIfPresent(String.self, forKey: .maker)
        storage.quantity = try container.decodeIfPresent(String.self, forKey: .quantity)
        storage.value = try container.decodeIfPresent(String.self, forKey: .value)
        storage.unit = try container.decodeIfPresent(String.self, forKey: .unit)
        storage.measure = try container.decodeIfPresent(String.self, forKey: .measure)
        storage.source = try container.decodeIfPresent(String.self, forKey: .source)
        storage.speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
        storage.quote = try container.decodeIfPresent(String.self, forKey: .quote)
        storage.text = try container.decodeIfPresent(String.self, forKey: .text)
        self.storage = storage
    }

    public static func == (a: Slots, b: Slots) -> Bool {
        if a.storage === b.storage { return true }
        let x = a.storage, y = b.storage
        return x.actor == y.actor
            && x.counterpart == y.counterpart
            && x.person == y.person
            && x.title == y.title
            && x.office == y.office
            && x.verb == y.verb
            && x.place == y.place
            && x.date == y.date
            && x.event == y.event
            && x.item == y.item
            && x.maker == y.maker
            && x.quantity == y.quantity
            && x.value == y.value
            && x.unit == y.unit
            && x.measure == y.measure
            && x.source == y.source
            && x.speaker == y.speaker
            && x.quote == y.quote
            && x.text == y.text

    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.actor)
        hasher.combine(storage.counterpart)
        hasher.combine(storage.person)
        hasher.combine(storage.title)
        hasher.combine(storage.office)
        hasher.combine(storage.verb)
        hasher.combine(storage.place)
        hasher.combine(storage.date)
        hasher.combine(storage.event)
        hasher.combine(storage.item)
        hasher.combine(storage.maker)
        hasher.combine(storage.quantity)
        hasher.combine(storage.value)
        hasher.combine(storage.unit)
        hasher.combine(storage.measure)
        hasher.combine(storage.source)
        hasher.combine(storage.speaker)
        hasher.combine(storage.quote)
        hasher.combine(storage.text)
    }

    /// Every entity id the slots refer to.
    public var entityReferences: [String] {
        [actor, counterpart, person, speaker].compactMap { $0 }.filter { $0.hasPrefix("person:") }
    }

    /// The same slots with every entity id passed through `map`.
    public func mappingEntities(_ map: (String) -> String) -> Slots {
        var copy = self
        func remap(_ value: String?) -> String? {
            guard let value, value.hasPrefix("person:") else { return value }
            return map(value)
        }
        // Only a slot holding an entity id is set again: the others keep sharing the box.
        if let value = remap(actor), value != actor { copy.actor = value }
        if let value = remap(counterpart), value != counterpart { copy.counterpart = value }
        if let value = remap(person), value != person { copy.person = value }
        if let value = remap(speaker), value != speaker { copy.speaker = value }
        return copy
    }
}


extension Slots: CustomReflectable {
    /// The slots by name, in their order, as a struct of nineteen stored properties shows them.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "actor": actor as Any,
            "counterpart": counterpart as Any,
            "person": person as Any,
            "title": title as Any,
            "office": office as Any,
            "verb": verb as Any,
            "place": place as Any,
            "date": date as Any,
            "event": event as Any,
            "item": item as Any,
            "maker": maker as Any,
            "quantity": quantity as Any,
            "value": value as Any,
            "unit": unit as Any,
            "measure": measure as Any,
            "source": source as Any,
            "speaker": speaker as Any,
            "quote": quote as Any,
            "text": text as Any,
        ], displayStyle: .struct)
    }
}
