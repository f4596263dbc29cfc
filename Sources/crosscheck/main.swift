import CrossCheckCLI
import Foundation

exit(CrossCheckCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
