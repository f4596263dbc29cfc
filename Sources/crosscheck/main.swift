import CrossCheckCLI
import Foundation

CrossCheckCommand.removeTemporaryFilesOnSignals()
exit(CrossCheckCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
