/// A part of a writer list that is neither a number nor a range (`WriterList.parse`); the front end says
/// which option or file it came from.
///
/// ```swift
/// do { _ = try WriterList.parse("5-x") } catch { print(error) }   // '5-x' is not a writer number or range like 23-30
/// ```
public struct WriterListError: Error, CustomStringConvertible, Equatable {
    /// The part that could not be read.
    public let part: String

    public var description: String { "'\(part)' is not a writer number or range like 23-30" }
}
