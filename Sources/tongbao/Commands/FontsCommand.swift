import ArgumentParser

struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fonts", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'fonts' is not implemented yet")
    }
}
