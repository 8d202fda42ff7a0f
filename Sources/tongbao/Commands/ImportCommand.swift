import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'import' is not implemented yet")
    }
}
