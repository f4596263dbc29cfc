import ClaimModel
import Foundation
import Testing

/// A claim's slots share one box between copies (`Slots.swift`), yet behave as a value: a
/// change to one copy never shows in another, and equality, hashing and coding are those of
/// the slots' values. Sentences written for the test.
struct SlotsValueTests {
    static func claim() -> Claim {
        Claim(article: "harbour-post", kind: .number,
              slots: Slots(actor: "person:ines-varga", quantity: "three", value: "3", measure: "patrol boats", text: "three patrol boats"),
              evidence: Evidence(text: "three patrol boats", span: SourceSpan(article: "harbour-post", start: 12, end: 30, line: 4)))
    }

    /// Every slot, set on a copy, leaves the original as it was.
    @Test(arguments: Slots.jsonFields) func aChangedCopyLeavesTheOriginal(name: String) {
        let original = Self.claim()
        var copy = original
        let isSlot = copy.slots.set(name, to: "changed \(name)")
        #expect(isSlot)
        #expect(copy.slots != original.slots)
        #expect(original.slots == Self.claim().slots)
        #expect(original.slots.value == "3" && original.slots.measure == "patrol boats")
        #expect(copy.slots.stableDescription.contains("\(name)=changed \(name)"))
        #expect(!original.slots.stableDescription.contains("changed"))
    }

    /// Equal slots made apart are equal and hash alike; Foundation's coders round-trip them.
    @Test func equalityHashingAndCodingFollowTheValues() throws {
        let a = Self.claim(), b = Self.claim()
        #expect(a == b && a.slots == b.slots)
        #expect(Set([a.slots, b.slots]).count == 1)
        let data = try JSONEncoder().encode(a.slots)
        #expect(String(decoding: data, as: UTF8.self).contains("\"measure\":\"patrol boats\""))
        #expect(try JSONDecoder().decode(Slots.self, from: data) == a.slots)
        #expect(Mirror(reflecting: a.slots).children.compactMap { $0.value as? String } == ["person:ines-varga", "three", "3", "patrol boats", "three patrol boats"])
    }

    /// Mapping entity ids changes only the slots that hold one.
    @Test func mappingEntitiesChangesOnlyEntitySlots() {
        let original = Self.claim()
        let mapped = original.slots.mappingEntities { $0 + "-global" }
        #expect(mapped.actor == "person:ines-varga-global")
        #expect(original.slots.actor == "person:ines-varga")
        #expect(mapped.measure == original.slots.measure && mapped.text == original.slots.text)
        #expect(Slots(text: "a ferry").mappingEntities { $0 + "-global" } == Slots(text: "a ferry"))
    }
}
