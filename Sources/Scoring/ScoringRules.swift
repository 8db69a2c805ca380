/// The rules that turn answers into a score: a point per correct answer, a percentage, one to three stars.
///
/// ```swift
/// let rules = ScoringRules()                       // 1 point, 2 stars from 60 %, 3 stars from 90 %
/// rules.percentage(points: 8, maxPoints: 10)       // 80.0
/// rules.stars(percentage: 80)                      // 2
/// ```
public struct ScoringRules: Sendable, Equatable {
    /// Points for each question answered correctly at the first counted attempt.
    public var pointsPerCorrectAnswer: Int
    /// Lowest percentage that earns two stars.
    public var twoStarsFrom: Double
    /// Lowest percentage that earns three stars.
    public var threeStarsFrom: Double

    public init(pointsPerCorrectAnswer: Int = 1, twoStarsFrom: Double = 60, threeStarsFrom: Double = 90) {
        self.pointsPerCorrectAnswer = pointsPerCorrectAnswer
        self.twoStarsFrom = twoStarsFrom
        self.threeStarsFrom = threeStarsFrom
    }

    /// The standard rules used by the app and the report.
    public static let standard = ScoringRules()

    /// Percentage of `maxPoints`, 0 when there is nothing to score.
    public func percentage(points: Int, maxPoints: Int) -> Double {
        maxPoints > 0 ? 100 * Double(points) / Double(maxPoints) : 0
    }

    /// One to three stars: every child who takes part earns at least one.
    public func stars(percentage: Double) -> Int {
        if percentage >= threeStarsFrom { return 3 }
        if percentage >= twoStarsFrom { return 2 }
        return 1
    }

    /// Average seconds per answered question, 0 when nothing was answered.
    public func secondsPerQuestion(totalSeconds: Double, answered: Int) -> Double {
        answered > 0 ? totalSeconds / Double(answered) : 0
    }
}
