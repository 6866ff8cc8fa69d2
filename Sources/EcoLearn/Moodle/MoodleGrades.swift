/// The answer grades Moodle accepts (question_bank::fraction_options_full in Moodle 4.5): its import rejects a
/// whole question when one answer's grade is not one of them (within 0.00001).
public enum MoodleGrades {
    /// The positive grades as fractions, as Moodle lists them; 0, 1 and the negatives complete the list.
    static let positive: [Double] = [
        1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
        0.1428571, 0.125, 0.1111111, 0.1, 0.05,
    ]

    /// Every accepted grade, from 1 down to -1.
    public static let all: [Double] = positive + [0] + positive.reversed().map { -$0 }

    /// True when Moodle accepts `weight` as ecolearn writes it (a percentage rounded to 5 decimals).
    public static func accepts(_ weight: Double) -> Bool {
        let written = (weight * 100 * 100_000).rounded() / 100_000 / 100
        return all.contains { abs($0 - written) < 0.00001 }
    }

    /// The accepted grade nearest to `weight`.
    public static func nearest(to weight: Double) -> Double {
        all.min { abs($0 - weight) < abs($1 - weight) } ?? 0
    }

    /// A grade as Moodle shows it: `33.33333 %`, `-50 %`.
    public static func percent(_ weight: Double) -> String {
        NumberText.format((weight * 100 * 100_000).rounded() / 100_000) + " %"
    }
}
