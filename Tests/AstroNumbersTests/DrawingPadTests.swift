import AstroNumbers
import EnglishCatalogue
import Terminal
import XCTest

final class PadDrawingTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private func p(_ col: Int, _ row: Int) -> Position { Position(col: col, row: row) }

    func testFastStrokeIsJoined() {
        var drawing = PadDrawing()
        drawing.begin(at: p(2, 2))
        drawing.extend(to: p(6, 2))
        drawing.extend(to: p(6, 2))    // repeated report: not a new point
        drawing.end()
        XCTAssertEqual(drawing.strokes, [[p(2, 2), p(6, 2)]])
        XCTAssertEqual(drawing.inkCells, Set((2...6).map { p($0, 2) }))
        XCTAssertFalse(drawing.isDrawing)
    }

    func testExtendWithoutAPressIsIgnored() {
        var drawing = PadDrawing()
        drawing.extend(to: p(1, 1))
        XCTAssertEqual(drawing.strokes, [])
    }

    func testUndoAndClear() {
        var drawing = PadDrawing(strokes: [[p(0, 0)], [p(5, 5), p(5, 7)]])
        XCTAssertTrue(drawing.undo())
        XCTAssertEqual(drawing.inkCells, [p(0, 0)])
        drawing.begin(at: p(3, 3))
        drawing.clear()
        XCTAssertEqual(drawing.strokes, [])
        XCTAssertFalse(drawing.isDrawing)
        XCTAssertFalse(drawing.undo())
    }
}

final class PadLayoutTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testStandardWindow() {
        let layout = PadLayout(size: Size(cols: 80, rows: 24))
        XCTAssertTrue(layout.fits)
        XCTAssertEqual(layout.frame, Rect(col: 0, row: 1, cols: 80, rows: 22))
        XCTAssertEqual(layout.canvas, Rect(col: 1, row: 2, cols: 78, rows: 20))
        XCTAssertEqual(layout.helpRow, 23)
        XCTAssertLessThanOrEqual(DrawingPad.help.count + 1, 80)
    }

    func testSmallWindowsDoNotFit() {
        XCTAssertFalse(PadLayout(size: Size(cols: 79, rows: 24)).fits)
        XCTAssertFalse(PadLayout(size: Size(cols: 120, rows: 23)).fits)
        XCTAssertTrue(PadLayout(size: Size(cols: 200, rows: 60)).fits)
    }

    func testPointsMapBothWaysAndClampToTheCanvas() {
        let layout = PadLayout(size: Size(cols: 80, rows: 24))
        XCTAssertEqual(layout.canvasPoint(Position(col: 1, row: 2)), Position(col: 0, row: 0))
        XCTAssertEqual(layout.screenPoint(Position(col: 0, row: 0)), Position(col: 1, row: 2))
        XCTAssertEqual(layout.canvasPoint(Position(col: 79, row: 0)), Position(col: 77, row: 0))
    }

    func testEnlargeMessageSaysBothSizes() {
        let lines = EnlargeMessage.lines(size: Size(cols: 60, rows: 20), minimum: PadLayout.minimumSize)
        XCTAssertTrue(lines.joined().contains("60×20"))
        XCTAssertTrue(lines.joined().contains("80×24"))
        XCTAssertTrue(lines.allSatisfy { $0.count <= 60 })
    }
}

final class DrawingPadEventTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let layout = PadLayout(size: Size(cols: 80, rows: 24))

    private func mouse(_ action: MouseAction, _ col: Int, _ row: Int) -> Event {
        .mouse(MouseEvent(action, at: Position(col: col, row: row)))
    }

    func testLeftDragDrawsInCanvasCells() {
        var pad = DrawingPad()
        pad.handle(mouse(.press(.left), 11, 7), layout: layout)
        pad.handle(mouse(.drag(.left), 15, 7), layout: layout)
        pad.handle(mouse(.release(.left), 15, 8), layout: layout)
        XCTAssertEqual(pad.drawing.strokes, [[Position(col: 10, row: 5), Position(col: 14, row: 5), Position(col: 14, row: 6)]])
        XCTAssertFalse(pad.drawing.isDrawing)
    }

    func testPressOnTheFrameDoesNotDrawButADragMayLeaveTheCanvas() {
        var pad = DrawingPad()
        pad.handle(mouse(.press(.left), 0, 5), layout: layout)
        XCTAssertEqual(pad.drawing.strokes, [])
        pad.handle(mouse(.press(.left), 5, 5), layout: layout)
        pad.handle(mouse(.drag(.left), 200, 5), layout: layout)
        XCTAssertEqual(pad.drawing.strokes.last?.last, Position(col: 77, row: 3))
    }

    func testRightClickAndKeys() {
        var pad = DrawingPad(drawing: PadDrawing(strokes: [[Position(col: 1, row: 1)], [Position(col: 2, row: 2)]]))
        XCTAssertEqual(pad.handle(.key(.character("u")), layout: layout), .keepGoing)
        XCTAssertEqual(pad.drawing.strokes.count, 1)
        pad.handle(.key(.backspace), layout: layout)
        XCTAssertEqual(pad.drawing.strokes.count, 0)
        pad = DrawingPad(drawing: PadDrawing(strokes: [[Position(col: 1, row: 1)]]))
        pad.handle(mouse(.press(.right), 40, 10), layout: layout)
        XCTAssertEqual(pad.drawing.strokes, [])
        pad = DrawingPad(drawing: PadDrawing(strokes: [[Position(col: 1, row: 1)]]))
        pad.handle(.key(.character("c")), layout: layout)
        XCTAssertEqual(pad.drawing.strokes, [])
        for quit in [Event.key(.character("q")), .key(.escape), .key(.control("c")), .signal(.terminate)] {
            XCTAssertEqual(pad.handle(quit, layout: layout), .quit, "\(quit)")
        }
    }

    func testMouseIsIgnoredWhileTheWindowIsTooSmall() {
        var pad = DrawingPad()
        pad.handle(mouse(.press(.left), 5, 5), layout: PadLayout(size: Size(cols: 60, rows: 20)))
        XCTAssertEqual(pad.drawing.strokes, [])
    }
}
