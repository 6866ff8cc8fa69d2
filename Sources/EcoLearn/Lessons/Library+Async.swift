import Dispatch
import Foundation

extension Library {
    /// `load(at:only:keepingUnits:limits:)` for async callers such as a server: the reading and checking run on a
    /// Dispatch queue (on all cores, as `load` does), so no thread of Swift's cooperative pool or of an event loop
    /// waits for the files meanwhile. The result is the same as `load`'s.
    public static func loading(
        at root: URL, only ids: Set<String>? = nil, keepingUnits: Bool = true, limits: YAMLLimits = .default
    ) async -> Library {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: load(at: root, only: ids, keepingUnits: keepingUnits, limits: limits))
            }
        }
    }
}
