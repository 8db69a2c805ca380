import EnglishCatalogue
import XCTest
@testable import SafeOutput

final class OutputFileTests: XCTestCase {
    private var folder: String!
    private let csv = FileKind.csv(header: "table,student")

    override func setUpWithError() throws {
        EnglishMessages.install()
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("output-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
    private func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }
    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
    }

    func testWritesANewFileAndReplacesAFileOfTheSameKind() throws {
        try OutputFile.write(Data("table,student\r\nstudent,Ada\r\n".utf8), to: path("a.csv"), as: csv)
        XCTAssertEqual(contents("a.csv"), Data("table,student\r\nstudent,Ada\r\n".utf8))
        try OutputFile.write(Data("table,student\r\nstudent,Ben\r\n".utf8), to: path("a.csv"), as: csv)
        XCTAssertEqual(contents("a.csv"), Data("table,student\r\nstudent,Ben\r\n".utf8))
        // An empty file (made with touch, say) may be replaced too.
        XCTAssertTrue(FileManager.default.createFile(atPath: path("empty.csv"), contents: Data()))
        try OutputFile.write(Data("table,student\r\n".utf8), to: path("empty.csv"), as: csv)
        XCTAssertEqual(try leftovers(), [])
    }

    /// `report --db r.sqlite --csv r.sqlite` used to replace the class's records with a CSV.
    func testNeverWritesOverAnSQLiteDatabase() throws {
        let database = Data("SQLite format 3\0".utf8) + Data(repeating: 1, count: 4080)
        XCTAssertTrue(FileManager.default.createFile(atPath: path("r.sqlite"), contents: database))
        XCTAssertThrowsError(try OutputFile.write(Data("table,student\r\n".utf8), to: path("r.sqlite"), as: csv)) {
            XCTAssertEqual($0 as? OutputFileError, .isSQLite(self.path("r.sqlite")))
            XCTAssertTrue("\($0)".contains("left unchanged"))
        }
        // Even when the kind would accept anything but the new-file rule.
        XCTAssertThrowsError(try OutputFile.write(Data("x".utf8), to: path("r.sqlite"), as: FileKind(name: "any") { _ in true }))
        XCTAssertEqual(contents("r.sqlite"), database)
        // Its write-ahead log is SQLite's too.
        let wal = Data([0x37, 0x7F, 0x06, 0x82]) + Data(repeating: 0, count: 28)
        XCTAssertTrue(FileManager.default.createFile(atPath: path("r.sqlite-wal"), contents: wal))
        XCTAssertThrowsError(try OutputFile.write(Data(), to: path("r.sqlite-wal"), as: FileKind(name: "any") { _ in true }))
        XCTAssertEqual(contents("r.sqlite-wal"), wal)
        XCTAssertEqual(try leftovers(), [])
    }

    func testAProtectedFileIsRefusedUnderAnyName() throws {
        // An empty records file (the shared-server recipe creates one) has no SQLite header yet.
        XCTAssertTrue(FileManager.default.createFile(atPath: path("records.sqlite"), contents: Data()))
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: path("records.sqlite"))
        XCTAssertEqual(link(path("records.sqlite"), path("hard.csv")), 0)
        for name in ["records.sqlite", "hard.csv", "link.csv"] {
            XCTAssertThrowsError(try OutputFile.write(Data("table,student\r\n".utf8), to: path(name), as: csv,
                                                      protecting: [path("records.sqlite")])) {
                XCTAssertEqual($0 as? OutputFileError, .isProtected(self.path(name), protected: self.path("records.sqlite")))
            }
        }
        XCTAssertEqual(contents("records.sqlite"), Data())
    }

    func testAnExistingFileOfAnotherKindIsLeftAlone() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: path("notes.txt"), contents: Data("my notes\n".utf8)))
        XCTAssertThrowsError(try OutputFile.write(Data("table,student\r\n".utf8), to: path("notes.txt"), as: csv)) {
            XCTAssertEqual($0 as? OutputFileError, .otherKind(self.path("notes.txt"), kind: "CSV"))
        }
        XCTAssertEqual(contents("notes.txt"), Data("my notes\n".utf8))
        // A CSV saved again by a spreadsheet (byte order mark, same header) is still ours.
        XCTAssertTrue(FileManager.default.createFile(atPath: path("saved.csv"), contents: Data([0xEF, 0xBB, 0xBF]) + Data("table,student\nstudent,Ada\n".utf8)))
        try OutputFile.write(Data("table,student\r\n".utf8), to: path("saved.csv"), as: csv)
        // A backup is only ever written to a new name.
        XCTAssertTrue(FileManager.default.createFile(atPath: path("old-backup"), contents: Data("x".utf8)))
        XCTAssertThrowsError(try OutputFile.write(Data("y".utf8), to: path("old-backup"), as: .newFile("backup")))
    }

    func testFoldersDevicesAndMissingFoldersGiveOneLine() throws {
        XCTAssertThrowsError(try OutputFile.write(Data(), to: folder, as: csv)) {
            XCTAssertEqual($0 as? OutputFileError, .isFolder(self.folder))
            XCTAssertEqual("\($0)", "cannot write \(self.folder!): it is a folder; name a file in it")
        }
        XCTAssertThrowsError(try OutputFile.write(Data(), to: path("no/such/a.csv"), as: csv)) {
            XCTAssertEqual($0 as? OutputFileError, .noFolder(self.path("no/such/a.csv"), folder: self.path("no/such")))
        }
        XCTAssertThrowsError(try OutputFile.write(Data(), to: "/dev/null", as: csv)) {
            XCTAssertEqual($0 as? OutputFileError, .otherKind("/dev/null", kind: "CSV"))
        }
        XCTAssertThrowsError(try OutputFile.write(Data(), to: "", as: csv)) {
            XCTAssertEqual($0 as? OutputFileError, .emptyPath)
        }
    }

    func testKnownKindsRecogniseTheirFiles() {
        var safetensors = Data([2, 0, 0, 0, 0, 0, 0, 0])
        safetensors.append(contentsOf: Array("{}".utf8))
        XCTAssertTrue(FileKind.safetensors.recognises(safetensors))
        XCTAssertFalse(FileKind.safetensors.recognises(Data("table,student\r\n".utf8)))
        XCTAssertTrue(FileKind.svg.recognises(Data("<?xml version=\"1.0\"?>\n<svg>".utf8)))
        XCTAssertTrue(FileKind.svg.recognises(Data("\n<svg xmlns=\"http://www.w3.org/2000/svg\">".utf8)))
        XCTAssertFalse(FileKind.svg.recognises(Data("SQLite format 3\0".utf8)))
    }

    func testANewFileGetsTheUsualPermissions() throws {
        let old = umask(0o027)
        defer { umask(old) }
        try OutputFile.write(Data("table,student\r\n".utf8), to: path("p.csv"), as: csv)
        let mode = try FileManager.default.attributesOfItem(atPath: path("p.csv"))[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o640)
    }
}
