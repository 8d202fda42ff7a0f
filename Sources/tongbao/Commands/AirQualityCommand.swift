import ArgumentParser

struct AirQualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "airquality", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'airquality' is not implemented yet")
    }
}
