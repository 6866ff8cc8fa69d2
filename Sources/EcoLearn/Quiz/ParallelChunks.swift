import Dispatch
import Foundation

/// Runs independent work over `0..<count` on all cores, one contiguous chunk per core, and joins the chunks'
/// results in index order, so the output never depends on scheduling.
enum ParallelChunks {
    /// `body` applied to consecutive ranges covering `0..<count`, results concatenated in order. Runs on the
    /// calling thread alone when `count` is below `minimumChunk` or there is one core.
    static func map<T>(count: Int, minimumChunk: Int = 2048, _ body: (Range<Int>) -> [T]) -> [T] {
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / max(1, minimumChunk)))
        if chunks == 1 { return body(0..<count) }
        let slots = Slots<T>(count: chunks)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
                slots.store(work.value(range), at: chunk)
            }
        }
        return slots.values.flatMap { $0 }
    }

    /// One result slot per chunk, each written by exactly one worker.
    private final class Slots<T>: @unchecked Sendable {
        private(set) var values: [[T]]
        private let lock = NSLock()

        init(count: Int) {
            values = Array(repeating: [], count: count)
        }

        func store(_ value: [T], at index: Int) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }

    /// Carries the work closure into the workers; the closure only reads what it captured.
    private struct UncheckedSendable<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }
}
