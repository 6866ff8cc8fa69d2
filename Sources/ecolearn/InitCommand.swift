import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn init DIR`: starts a new workspace from the example lessons, media and pack specs that ship with
/// ecolearn.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new workspace: copy the example lessons, media and pack specs into a new folder.")

    @Argument(help: "The new workspace folder (made; an existing folder must be empty).") var folder: String

    func run() throws {
        guard let shipped = ShippedFiles.current else {
            throw CommandFailure("\(ShippedFiles.notFound()) (hint: \(ShippedFiles.notFoundHint))")
        }
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        do {
            print(try ExampleWorkspace(source: shipped.workspace).copy(to: target, shown: folder))
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
