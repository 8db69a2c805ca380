import Terminal
import XCTest

final class MouseEncodingTests: XCTestCase {
    func testSGROnlyWhereTerminfoDecodesIt() {
        XCTAssertEqual(MouseEncoding(kmous: "\u{1B}[<"), .sgr)          // xterm-256color in ncurses 6.x
        XCTAssertEqual(MouseEncoding(kmous: "\u{1B}[M"), .legacy)       // screen, tmux-256color, older xterm
        XCTAssertEqual(MouseEncoding(kmous: nil), .legacy)
        XCTAssertEqual(MouseEncoding(kmous: ""), .legacy)
    }

    func testSequencesSwitchOnAndOffTheSameModes() {
        XCTAssertEqual(MouseEncoding.sgr.enableSequence, "\u{1B}[?1002h\u{1B}[?1006h")
        XCTAssertEqual(MouseEncoding.legacy.enableSequence, "\u{1B}[?1002h")
        XCTAssertFalse(MouseEncoding.legacy.enableSequence.contains("1006"))
        for encoding in [MouseEncoding.sgr, .legacy] {
            let modes = encoding.enableSequence.split(separator: "\u{1B}").map { $0.dropLast() }
            for mode in modes {
                XCTAssertTrue(encoding.disableSequence.contains(mode + "l"), "\(mode) not switched off")
            }
            XCTAssertTrue(encoding.disableSequence.contains("[?1000l"))
        }
    }
}

final class MouseTrackerTests: XCTestCase {
    private let a = Position(col: 3, row: 4)
    private let b = Position(col: 9, row: 4)

    func testDragsCarryTheButtonThatWasPressed() {
        var tracker = MouseTracker()
        XCTAssertEqual(tracker.events(for: .button1Pressed, at: a), [MouseEvent(.press(.left), at: a)])
        XCTAssertEqual(tracker.buttonDown, .left)
        XCTAssertEqual(tracker.events(for: .position, at: b), [MouseEvent(.drag(.left), at: b)])
        XCTAssertEqual(tracker.events(for: .button1Released, at: b), [MouseEvent(.release(.left), at: b)])
        XCTAssertNil(tracker.buttonDown)
        // Motion with nothing held is not a drag.
        XCTAssertEqual(tracker.events(for: .position, at: a), [])
    }

    func testRightButtonDragAndReleaseWithoutButtonInfo() {
        var tracker = MouseTracker()
        _ = tracker.events(for: .button3Pressed, at: a)
        XCTAssertEqual(tracker.events(for: .position, at: b), [MouseEvent(.drag(.right), at: b)])
        // A legacy release may name the wrong button; the held one is released.
        XCTAssertEqual(tracker.events(for: .button1Released, at: b), [MouseEvent(.release(.right), at: b)])
    }

    func testMotionWithButtonBitsWhileHeldIsStillADrag() {
        var tracker = MouseTracker()
        _ = tracker.events(for: .button1Pressed, at: a)
        XCTAssertEqual(tracker.events(for: [.position, .button1Pressed], at: b), [MouseEvent(.drag(.left), at: b)])
    }

    func testPressOfAnotherButtonEndsTheHeldOne() {
        var tracker = MouseTracker()
        _ = tracker.events(for: .button1Pressed, at: a)
        XCTAssertEqual(tracker.events(for: .button3Pressed, at: b),
                       [MouseEvent(.release(.left), at: b), MouseEvent(.press(.right), at: b)])
        XCTAssertEqual(tracker.buttonDown, .right)
    }

    func testClicksAndWheel() {
        var tracker = MouseTracker()
        XCTAssertEqual(tracker.events(for: .button1Clicked, at: a), [MouseEvent(.press(.left), at: a), MouseEvent(.release(.left), at: a)])
        XCTAssertNil(tracker.buttonDown)
        XCTAssertEqual(tracker.events(for: .button4Pressed, at: a), [MouseEvent(.scrollUp, at: a)])
        XCTAssertEqual(tracker.events(for: .button5Pressed, at: a), [MouseEvent(.scrollDown, at: a)])
        XCTAssertNil(tracker.buttonDown)
    }

    func testResetForgetsTheButton() {
        var tracker = MouseTracker()
        _ = tracker.events(for: .button2Pressed, at: a)
        tracker.reset()
        XCTAssertEqual(tracker.events(for: .position, at: b), [])
    }

    func testMaskBitsAreDistinctAndTrackingMaskReportsMotion() {
        let all: [MouseState] = [.button1Pressed, .button1Released, .button1Clicked, .button2Pressed, .button2Released,
                                 .button3Pressed, .button3Released, .button4Pressed, .button5Pressed, .position]
        XCTAssertEqual(Set(all.map(\.rawValue)).count, all.count)
        XCTAssertTrue(MouseState.trackingMask.contains(.position))
        XCTAssertTrue(MouseState.trackingMask.contains([.button1Pressed, .button1Released, .button3Pressed]))
    }
}
