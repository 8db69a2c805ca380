import CNN

/// How a weights file wants to be read: its confidence threshold and reading views, chosen with it on
/// validation writers and stored in its metadata by the lab (`reading_threshold`, `reading_rotations`).
///
/// A file without them (an older one, or a test fixture) is read with `Recognizer.defaultThreshold` and
/// `InkSettings.standard`'s views.
///
/// ```swift
/// let network = try DigitNetwork(contentsOf: url)
/// let recognizer = Recognizer(classifier: network, threshold: network.readingThreshold, settings: network.readingSettings)
/// ```
extension DigitNetwork {
    /// Metadata key of the threshold, a number in 0...1.
    public static let readingThresholdKey = "reading_threshold"
    /// Metadata key of the reading views: extra rotations in degrees (`6,-6`), or `none` for upright only.
    public static let readingRotationsKey = "reading_rotations"

    public var readingThreshold: Float {
        guard let text = metadata[Self.readingThresholdKey], let value = Float(text), (0...1).contains(value) else {
            return Recognizer.defaultThreshold
        }
        return value
    }

    public var readingSettings: InkSettings {
        var settings = InkSettings.standard
        if let text = metadata[Self.readingRotationsKey], let rotations = Self.rotations(text) { settings.readingRotations = rotations }
        return settings
    }

    /// Parses `6,-6` (degrees, at most 45 either way) or `none`; nil for anything else.
    public static func rotations(_ text: String) -> [Double]? {
        if text.trimmingCharacters(in: .whitespaces) == "none" { return [] }
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && abs($0!) <= 45 }) else { return nil }
        return values.map { $0! }
    }

    /// `rotations(_:)`'s inverse, for writing the metadata.
    public static func rotationsText(_ rotations: [Double]) -> String {
        rotations.isEmpty ? "none" : rotations.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ",")
    }
}
