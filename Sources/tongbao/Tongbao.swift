import ArgumentParser

/// 通报: briefings in, weekly notices and monthly rankings out.
@main
struct Tongbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongbao",
        abstract: "Parse air-pollution briefings and typeset weekly notices (周通报) and monthly rankings (月排名) as PDF.",
        version: ToolVersion.current,
        subcommands: [
            ParseCommand.self, ImportCommand.self, WeeklyCommand.self, MonthlyCommand.self,
            RenderCommand.self, FontsCommand.self, AirQualityCommand.self, ReviewCommand.self,
        ]
    )
}

enum ToolVersion {
    static let current = "0.1.0"
}
