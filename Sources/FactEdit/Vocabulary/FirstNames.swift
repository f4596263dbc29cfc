/// Common given names: a capitalized word from this list followed by a surname starts a
/// person's name, and the first-name edit replaces it with another from the list. Names that
/// are also common words, months or places (`May`, `Virginia`, `Will`) are left out.
enum FirstNames {
    static let list = [
        "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Alice", "Amanda", "Amy", "Andrea", "Andrew", "Angela",
        "Ann", "Anna", "Anne", "Anthony", "Arthur", "Ashley", "Barbara", "Ben", "Benjamin", "Beth", "Betty", "Bill",
        "Bob", "Brandon", "Brian", "Bruce", "Carl", "Carol", "Caroline", "Catherine", "Charles", "Charlie", "Chris",
        "Christina", "Christine", "Christopher", "Cynthia", "Daniel", "David", "Deborah", "Dennis", "Diana", "Diane",
        "Donald", "Donna", "Dorothy", "Douglas", "Edward", "Elizabeth", "Ellen", "Emily", "Emma", "Eric", "Frank",
        "Gary", "George", "Gerald", "Gregory", "Harold", "Harry", "Heather", "Helen", "Henry", "Howard", "Jack",
        "Jacob", "James", "Jane", "Janet", "Jason", "Jeff", "Jeffrey", "Jennifer", "Jeremy", "Jerry", "Jessica", "Jim",
        "Joan", "Joe", "John", "Jonathan", "Joseph", "Joshua", "Joyce", "Judith", "Julia", "Julie", "Justin", "Karen",
        "Katherine", "Kathleen", "Keith", "Kelly", "Kenneth", "Kevin", "Larry", "Laura", "Lawrence", "Linda", "Lisa",
        "Louis", "Margaret", "Maria", "Marie", "Mark", "Martha", "Martin", "Mary", "Matthew", "Melissa", "Michael",
        "Michelle", "Mike", "Nancy", "Nicholas", "Nicole", "Pamela", "Patricia", "Patrick", "Paul", "Peter", "Philip",
        "Rachel", "Ralph", "Raymond", "Rebecca", "Richard", "Robert", "Roger", "Ronald", "Ruth", "Ryan", "Samuel",
        "Sandra", "Sarah", "Scott", "Sharon", "Stephen", "Steve", "Steven", "Susan", "Thomas", "Timothy", "Tom",
        "Tony", "Victoria", "Walter", "William",
    ]

    static let folded: Set<String> = Set(list.map { $0.lowercased() })
}
