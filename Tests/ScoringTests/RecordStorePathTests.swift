import EnglishCatalogue
import XCTest
@testable import Scoring

final class RecordStorePathTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testExplicitPathWinsOverEnvironmentAndXDG() {
        let environment = ["ASTRO_NUMBERS_DB": "/env/records.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ada"]
        XCTAssertEqual(RecordStore.resolvePath(explicit: "/cli/db.sqlite", environment: environment), "/cli/db.sqlite")
        XCTAssertEqual(RecordStore.resolvePath(explicit: nil, environment: environment), "/env/records.sqlite")
    }

    func testXDGDataHomeThenHome() {
        XCTAssertEqual(RecordStore.resolvePath(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/ada"]),
                       "/xdg/astro-numbers/records.sqlite")
        XCTAssertEqual(RecordStore.resolvePath(explicit: nil, environment: ["HOME": "/home/ada"]),
                       "/home/ada/.local/share/astro-numbers/records.sqlite")
        // The XDG spec says relative values are to be ignored.
        XCTAssertEqual(RecordStore.resolvePath(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]),
                       "/h/.local/share/astro-numbers/records.sqlite")
    }

    func testReportFilterParsesDatesAndRejectsOthers() throws {
        let utc = TimeZone(identifier: "UTC")!
        XCTAssertEqual(try ReportFilter.date("2026-11-26", timeZone: utc), Date(timeIntervalSince1970: 1_795_651_200))
        XCTAssertEqual(try ReportFilter.date("2026-11-26T10:30", timeZone: utc),
                       Date(timeIntervalSince1970: 1_795_651_200 + 37_800))
        XCTAssertThrowsError(try ReportFilter.date("yesterday")) { error in
            XCTAssertEqual("\(error)", "--since: \"yesterday\" is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
        }
    }
}
