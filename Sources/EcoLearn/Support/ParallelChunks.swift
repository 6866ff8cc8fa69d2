import Foundation

/// Runs independent work over `0..<count` on all cores, one contiguous chunk per core, and joins the chunks'
/// results in index order, so the output never depends on scheduling.
enum ParallelChunks {
    /// `body` applied to consecutive ranges covering `0..<count`, results concatenated in order. Runs on the
    /// calling thread alone when `count` is below `minimumChunk` or there is one core.
    static func map<T>(count: Int, minimumChunk: Int = 2048, _ body: (Range<Int>) -> [T]) -> [T] {
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / max(1, minimumChunk)))
        if chunks == 1 { return body(0..<count) }
        return ConcurrentMap.map(count: chunks) { chunk in
            body((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
        }.flatMap { $0 }
    }
}
