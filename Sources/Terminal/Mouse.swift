import CNCurses

/// A mouse button that can be held down and dragged.
public enum MouseButton: Int, Hashable, Sendable {
    case left = 1, middle = 2, right = 3
}

/// What happened with the mouse.
public enum MouseAction: Hashable, Sendable {
    case press(MouseButton)
    /// The pointer moved with `button` held (terminals report no button on drags; `MouseTracker` adds it).
    case drag(MouseButton)
    case release(MouseButton)
    case scrollUp
    case scrollDown
}

/// One mouse report: an action at a cell of the screen.
///
///     if case .drag(.left) = event.action { canvas.extend(to: event.position) }
public struct MouseEvent: Hashable, Sendable {
    public var action: MouseAction
    public var position: Position

    public init(_ action: MouseAction, at position: Position) {
        self.action = action
        self.position = position
    }
}

/// The `bstate` bits of ncurses' `MEVENT`, named.
///
///     MouseState.button1Pressed.contains(.button1Pressed) // true
public struct MouseState: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let button1Pressed = MouseState(rawValue: UInt32(cn_button1_pressed()))
    public static let button1Released = MouseState(rawValue: UInt32(cn_button1_released()))
    public static let button1Clicked = MouseState(rawValue: UInt32(cn_button1_clicked()))
    public static let button2Pressed = MouseState(rawValue: UInt32(cn_button2_pressed()))
    public static let button2Released = MouseState(rawValue: UInt32(cn_button2_released()))
    public static let button2Clicked = MouseState(rawValue: UInt32(cn_button2_clicked()))
    public static let button3Pressed = MouseState(rawValue: UInt32(cn_button3_pressed()))
    public static let button3Released = MouseState(rawValue: UInt32(cn_button3_released()))
    public static let button3Clicked = MouseState(rawValue: UInt32(cn_button3_clicked()))
    public static let button4Pressed = MouseState(rawValue: UInt32(cn_button4_pressed()))
    public static let button5Pressed = MouseState(rawValue: UInt32(cn_button5_pressed()))
    public static let position = MouseState(rawValue: UInt32(cn_report_mouse_position()))
    public static let shift = MouseState(rawValue: UInt32(cn_button_shift()))
    public static let control = MouseState(rawValue: UInt32(cn_button_ctrl()))
    public static let alt = MouseState(rawValue: UInt32(cn_button_alt()))

    /// What the screen asks ncurses to report: every button event and motion.
    public static let trackingMask = MouseState(rawValue: UInt32(cn_all_mouse_events() | cn_report_mouse_position()))
}

/// Turns ncurses mouse reports into `MouseEvent`s. It remembers which button is down, because a
/// drag report (`REPORT_MOUSE_POSITION`) carries no button, and a legacy release may not say which.
///
///     var tracker = MouseTracker()
///     tracker.events(for: .button1Pressed, at: Position(col: 5, row: 5)) // [press(.left)]
///     tracker.events(for: .position, at: Position(col: 6, row: 5))       // [drag(.left)]
///     tracker.events(for: .button1Released, at: Position(col: 6, row: 5)) // [release(.left)]
public struct MouseTracker: Sendable {
    /// The button held down, if any.
    public private(set) var buttonDown: MouseButton?

    public init() {}

    private static let buttons: [(MouseButton, pressed: MouseState, released: MouseState, clicked: MouseState)] = [
        (.left, .button1Pressed, .button1Released, .button1Clicked),
        (.middle, .button2Pressed, .button2Released, .button2Clicked),
        (.right, .button3Pressed, .button3Released, .button3Clicked),
    ]

    /// The events one ncurses report stands for (usually one; none for motion with no button down;
    /// two for a click, which ncurses only synthesises when `mouseinterval` is not 0).
    public mutating func events(for state: MouseState, at position: Position) -> [MouseEvent] {
        // Motion while a button is held is a drag, whatever button bits ncurses copied into it.
        let releases: MouseState = [.button1Released, .button2Released, .button3Released]
        if state.contains(.position), let held = buttonDown, state.isDisjoint(with: releases) {
            return [MouseEvent(.drag(held), at: position)]
        }
        var events: [MouseEvent] = []
        if state.contains(.button4Pressed) { events.append(MouseEvent(.scrollUp, at: position)) }
        if state.contains(.button5Pressed) { events.append(MouseEvent(.scrollDown, at: position)) }
        for (button, pressed, released, clicked) in Self.buttons {
            if state.contains(pressed) {
                // A press while another button is down: close the other stroke first.
                if let held = buttonDown, held != button { events.append(MouseEvent(.release(held), at: position)) }
                buttonDown = button
                events.append(MouseEvent(.press(button), at: position))
            }
            if state.contains(clicked) {
                events.append(MouseEvent(.press(button), at: position))
                events.append(MouseEvent(.release(button), at: position))
                if buttonDown == button { buttonDown = nil }
            }
            if state.contains(released) {
                events.append(MouseEvent(.release(buttonDown ?? button), at: position))
                buttonDown = nil
            }
        }
        return events
    }

    /// Forgets the held button (after the screen lost track, e.g. on resize).
    public mutating func reset() { buttonDown = nil }
}
