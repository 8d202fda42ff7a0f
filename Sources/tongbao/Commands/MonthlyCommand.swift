import ArgumentParser

struct MonthlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "monthly", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'monthly' is not implemented yet")
    }
}
