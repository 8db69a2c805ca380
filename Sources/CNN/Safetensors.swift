import Basics
import Foundation
import Messages
import SafeOutput

/// Reads and writes the safetensors format: an 8-byte little-endian header length, a JSON header
/// `{"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, "__metadata__": {..}}`,
/// then the raw little-endian data (offsets are relative to the end of the header). Only F32 is supported.
/// The files load unchanged in PyTorch (`safetensors.torch.load_file`).
///
/// ```swift
/// try Safetensors.write(["fc2.bias": Tensor(zeros: [10])], metadata: ["architecture": "astro-cnn-v1"], to: url)
/// let file = try Safetensors.read(contentsOf: url)   // file.tensors["fc2.bias"]?.shape == [10]
/// ```
public enum Safetensors {
    /// Reads and fully validates a file: header bounds, JSON, dtypes, shapes against byte sizes,
    /// offsets inside the data and not overlapping, and every value finite. Throws `SafetensorsError`.
    public static func read(contentsOf url: URL) throws -> SafetensorsFile {
        let name = url.path
        guard FileManager.default.fileExists(atPath: name) else {
            throw SafetensorsError.unreadable(file: name, reason: tr("weights.detail.no-file"))
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SafetensorsError.unreadable(file: name, reason: tr("weights.detail.cannot-read"))
        }
        return try parse(data, file: name)
    }

    /// Parses the bytes of a safetensors file (same checks as `read`); `file` names it in errors.
    ///
    /// ```swift
    /// let file = try Safetensors.parse(Safetensors.encode(tensors, metadata: [:]), file: "memory")
    /// ```
    public static func parse(_ data: Data, file: String) throws -> SafetensorsFile {
        // Read in place (no copy of the whole file: loading must stay well under 20 ms).
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in try parse(bytes, file: file) }
    }

    private static func parse(_ bytes: UnsafeRawBufferPointer, file: String) throws -> SafetensorsFile {
        guard bytes.count >= 8 else { throw SafetensorsError.tooShort(file: file, size: bytes.count) }
        var headerLength: UInt64 = 0
        for i in 0..<8 { headerLength |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        guard headerLength <= UInt64(bytes.count - 8) else {
            throw SafetensorsError.headerPastEnd(file: file, headerLength: headerLength, fileSize: bytes.count)
        }
        let dataStart = 8 + Int(headerLength)
        let dataSize = bytes.count - dataStart
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes[8..<dataStart]), options: [])
        } catch {
            throw SafetensorsError.badHeader(file: file, detail: tr("weights.detail.not-json"))
        }
        guard let header = json as? [String: Any] else {
            throw SafetensorsError.badHeader(file: file, detail: tr("weights.detail.not-object"))
        }

        var metadata: [String: String] = [:]
        if let raw = header["__metadata__"] {
            guard let dictionary = raw as? [String: Any] else {
                throw SafetensorsError.badMetadata(file: file, key: "__metadata__", detail: tr("weights.detail.not-object"))
            }
            for (key, value) in dictionary {
                guard let text = value as? String else {
                    throw SafetensorsError.badMetadata(file: file, key: key, detail: tr("weights.detail.not-string"))
                }
                metadata[key] = text
            }
        }

        var entries: [(name: String, shape: [Int], begin: Int, end: Int)] = []
        for (tensor, raw) in header where tensor != "__metadata__" {
            entries.append(try entry(tensor, raw, file: file, dataSize: dataSize))
        }
        // Overlaps: sorted by start, each range must begin at or after the previous one's end.
        let sorted = entries.sorted { ($0.begin, $0.end, $0.name) < ($1.begin, $1.end, $1.name) }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.begin < previous.end {
            throw SafetensorsError.overlap(file: file, tensor: next.name, other: previous.name)
        }

        var tensors: [String: Tensor] = [:]
        for entry in entries {
            let count = (entry.end - entry.begin) / 4
            var values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: bytes[(dataStart + entry.begin)..<(dataStart + entry.end)]))
                initialized = count
            }
            #if _endian(big)
            values = values.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }
            #endif
            if let bad = values.firstIndex(where: { !$0.isFinite }) {
                throw SafetensorsError.nonFinite(file: file, tensor: entry.name, index: bad)
            }
            tensors[entry.name] = Tensor(shape: entry.shape, values: values)
        }
        return SafetensorsFile(tensors: tensors, metadata: metadata)
    }

    private static func entry(_ tensor: String, _ raw: Any, file: String, dataSize: Int) throws
        -> (name: String, shape: [Int], begin: Int, end: Int) {
        guard let fields = raw as? [String: Any] else {
            throw SafetensorsError.badEntry(file: file, tensor: tensor, detail: tr("weights.detail.not-object"))
        }
        guard let dtype = fields["dtype"] as? String else {
            throw SafetensorsError.badEntry(file: file, tensor: tensor, detail: tr("weights.detail.dtype"))
        }
        guard dtype == "F32" else { throw SafetensorsError.wrongDtype(file: file, tensor: tensor, dtype: dtype) }
        guard let shape = integers(fields["shape"]), shape.allSatisfy({ $0 >= 0 && $0 <= Int(Int32.max) }) else {
            throw SafetensorsError.badEntry(file: file, tensor: tensor, detail: tr("weights.detail.shape"))
        }
        guard let offsets = integers(fields["data_offsets"]), offsets.count == 2 else {
            throw SafetensorsError.badEntry(file: file, tensor: tensor, detail: tr("weights.detail.offsets"))
        }
        let (begin, end) = (offsets[0], offsets[1])
        guard begin >= 0, begin <= end, end <= dataSize else {
            throw SafetensorsError.offsetsOutOfRange(file: file, tensor: tensor, begin: begin, end: end, dataSize: dataSize)
        }
        var elements = 1
        for size in shape {
            let (product, overflow) = elements.multipliedReportingOverflow(by: size)
            guard !overflow, product <= dataSize else {
                throw SafetensorsError.sizeMismatch(file: file, tensor: tensor, shape: shape, bytes: end - begin)
            }
            elements = product
        }
        guard elements * 4 == end - begin else {
            throw SafetensorsError.sizeMismatch(file: file, tensor: tensor, shape: shape, bytes: end - begin)
        }
        return (tensor, shape, begin, end)
    }

    /// A JSON list of whole numbers (JSONSerialization gives NSNumbers; fractions are rejected).
    private static func integers(_ raw: Any?) -> [Int]? {
        guard let list = raw as? [Any] else { return nil }
        var result: [Int] = []
        for item in list {
            guard let number = item as? NSNumber, let value = Int(exactly: number.doubleValue) else { return nil }
            result.append(value)
        }
        return result
    }

    /// Writes `tensors` (sorted by name, 8-byte aligned header padded with spaces) and `metadata` as F32.
    /// Through `SafeOutput.OutputFile`: the bytes go to a temporary file in the same folder, synced, then
    /// renamed over `url`, so a crash never leaves a half-written file; and an existing file is replaced only
    /// if it is a safetensors file (never the records, an SQLite database or anything else). Throws
    /// `SafeOutput.OutputFileError`, one line naming the file.
    public static func write(_ tensors: [String: Tensor], metadata: [String: String], to url: URL) throws {
        try OutputFile.write(encode(tensors, metadata: metadata), to: url.path, as: .safetensors)
    }

    /// The bytes `write` would store (tensors sorted by name, header padded with spaces to 8 bytes).
    ///
    /// ```swift
    /// let data = Safetensors.encode(["fc2.bias": Tensor(zeros: [10])], metadata: ["bn_eps": "1e-05"])
    /// ```
    public static func encode(_ tensors: [String: Tensor], metadata: [String: String]) -> Data {
        var header = "{"
        if !metadata.isEmpty {
            header += "\"__metadata__\":{"
            header += metadata.keys.sorted().map { "\(JSONString.quoted($0)):\(JSONString.quoted(metadata[$0]!))" }.joined(separator: ",")
            header += "}"
        }
        var offset = 0
        let names = tensors.keys.sorted()
        for name in names {
            let tensor = tensors[name]!
            let bytes = tensor.values.count * 4
            if header.count > 1 { header += "," }
            header += "\(JSONString.quoted(name)):{\"dtype\":\"F32\",\"shape\":[\(tensor.shape.map(String.init).joined(separator: ","))],"
            header += "\"data_offsets\":[\(offset),\(offset + bytes)]}"
            offset += bytes
        }
        header += "}"
        var headerBytes = Array(header.utf8)
        while headerBytes.count % 8 != 0 { headerBytes.append(0x20) }
        var data = Data(capacity: 8 + headerBytes.count + offset)
        withUnsafeBytes(of: UInt64(headerBytes.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: headerBytes)
        for name in names {
            let values = tensors[name]!.values.map { $0.bitPattern.littleEndian }
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        return data
    }
}
