import CNN
import Foundation

/// libFuzzer target: any bytes as a weights file. The safetensors loader must end in a file or a
/// `SafetensorsError`; a file that loads must build the network or be refused with one error.
@_cdecl("LLVMFuzzerTestOneInput")
public func safetensorsFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let file = try? Safetensors.parse(bytes, file: "fuzz.safetensors") else { return 0 }
    for (name, tensor) in file.tensors {
        precondition(tensor.values.count == tensor.shape.reduce(1, *), "\(name): values and shape disagree")
        precondition(tensor.values.allSatisfy(\.isFinite), "\(name): a non-finite value was accepted")
    }
    _ = try? DigitNetwork(file: file, source: "fuzz.safetensors")
    return 0
}
