import Dispatch
import Foundation

/// Runs `body` for every index of `0..<count` on all cores and returns the results in index order, so the
/// output never depends on scheduling. The one place where concurrent workers hand results back.
public enum ConcurrentMap {
    /// `body(index)` for each index, concurrently; the result array is in index order.
    public static func map<T>(count: Int, _ body: (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(work.value(index), at: index)
            }
        }
        return slots.values.map { $0! }
    }

    /// One result slot per index, each written by exactly one worker.
    private final class Slots<T>: @unchecked Sendable {
        private(set) var values: [T?]
        private let lock = NSLock()

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func store(_ value: T, at index: Int) {
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
