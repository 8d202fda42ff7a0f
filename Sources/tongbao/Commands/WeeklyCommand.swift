import ArgumentParser

struct WeeklyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "weekly", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'weekly' is not implemented yet")
    }
}
