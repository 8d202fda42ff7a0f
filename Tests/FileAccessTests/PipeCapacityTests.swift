import Foundation
import Testing

@testable import FileAccess

@Suite struct PipeCapacityTests {
    @Test func widensAPipeAndNothingElse() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        let before = Int(fcntl(fds[1], PipeCapacity.getSize))
        #expect(before > 0 && before < PipeCapacity.wanted)
        let limit =
            (try? String(contentsOfFile: "/proc/sys/fs/pipe-max-size", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        let after = PipeCapacity.widen(fds[1])
        #expect(after == Int(fcntl(fds[1], PipeCapacity.getSize)))
        if limit >= PipeCapacity.wanted || getuid() == 0 {
            #expect(after == PipeCapacity.wanted)
        }
        // the same pipe through its other end: already wide, left so
        #expect(PipeCapacity.widen(fds[0]) == after)
        // bytes still go through, in order
        let message = Array("通报\n".utf8)
        #expect(write(fds[1], message, message.count) == message.count)
        var got = [UInt8](repeating: 0, count: message.count)
        #expect(read(fds[0], &got, got.count) == message.count)
        #expect(got == message)

        // a file and /dev/null are not pipes
        let path = NSTemporaryDirectory() + "pipe-capacity-\(getpid()).txt"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = open(path, O_WRONLY)
        defer { close(file) }
        #expect(PipeCapacity.widen(file) == nil)
        let null = open("/dev/null", O_WRONLY)
        defer { close(null) }
        #expect(PipeCapacity.widen(null) == nil)
        #expect(PipeCapacity.widen(-1) == nil)
    }
}
