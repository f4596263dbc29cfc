import CrossCheck
public enum CrossCheckCommand { public static func main(arguments: [String]) -> Int32 { 0 } }
