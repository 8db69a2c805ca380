import Foundation
import XCTest

/// A child whose locale is Spanish sees every screen in Spanish (welcome, question, verdicts, score), and the
/// teacher's report follows; `--language` chooses another language
/// whatever the locale. The locale `es_ES.UTF-8` need not be installed: the words come from the catalogue,
/// and the screen still draws in UTF-8.
final class LanguageEndToEndTests: TmuxLessonTestCase {
    /// `play` on the short fixture quiz, with `environment` in the pane (its C.UTF-8 replaced).
    private func play(_ extra: [String] = [], environment: [String: String]) throws -> TmuxSession {
        let session = try TmuxSession(arguments: ["play", "--quiz", PlayEndToEndTests.quiz.path, "--db", database,
                                                  "--weights", PlayEndToEndTests.weights.path] + extra,
                                      environment: environment)
        tmux = session
        return session
    }

    private func draw(_ digits: [Int], on tmux: TmuxSession) throws {
        let screen = tmux.capture()
        let canvas = try XCTUnwrap(PenTrajectories.canvas(in: screen.lines), "no canvas on\n\(screen)")
        let samples = try digits.map { try PenTrajectories.sample($0, 0) }
        for stroke in PenTrajectories.strokes(of: samples, on: canvas) { tmux.drag(stroke) }
    }

    private func question(_ number: Int, on tmux: TmuxSession) throws {
        try tmux.waitUntil("pregunta \(number)") {
            $0.contains("\(number) de 4") && $0.contains("[ Listo ]") && $0.contains("Dibuja tu respuesta")
                && $0.contains("Dibuja la respuesta en el recuadro") && PenTrajectories.canvas(in: $0.lines) != nil
        }
        try tmux.waitForFormat("#{mouse_sgr_flag}", toBe: "1")
    }

    private func answer(_ digits: [Int], expecting verdict: String, on tmux: TmuxSession) throws {
        try draw(digits, on: tmux)
        try tmux.waitForText("Leo \(digits.map(String.init).joined())")
        tmux.sendKeys("Enter")
        try tmux.waitForText(verdict)
        tmux.sendKeys("Enter")
    }

    func testASpanishLocaleShowsEveryScreenInSpanish() throws {
        let tmux = try play(environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        var screen = try tmux.waitUntil("the welcome screen") { $0.contains("¿Cómo te llamas?") && $0.contains("Intro: empezar · Esc: salir") }
        XCTAssertFalse(screen.contains("What is your name"), "\(screen)")
        tmux.sendKeys("Enter")
        try tmux.waitForText("Primero escribe tu nombre y luego pulsa Intro.")
        tmux.sendLiteral("Zoë")
        tmux.sendKeys("Enter")

        try question(1, on: tmux)
        try answer([3], expecting: "✓ ¡Correcto! ¡Muy bien!", on: tmux)
        try question(2, on: tmux)
        try answer([7], expecting: "¡Correcto!", on: tmux)
        try question(3, on: tmux)
        try answer([4], expecting: "Casi: he leído 4. Esta es la respuesta:", on: tmux)
        try question(4, on: tmux)
        try answer([1, 2], expecting: "¡Correcto!", on: tmux)

        screen = try tmux.waitUntil("the score screen") { $0.contains("Intro: terminar") && $0.contains("Puntos: 3 de 4") }
        XCTAssertTrue(screen.contains("¡Muy bien, Zoë!"), "\(screen)")
        XCTAssertTrue(screen.contains("Puntos: 3 de 4 · 75 % · tiempo"), "\(screen)")
        let missed = try XCTUnwrap(screen.lines.first { $0.contains("1 + 4 = ?") }, "\(screen)")
        XCTAssertTrue(missed.contains("✗") && missed.contains("tú: 4") && missed.contains("respuesta: 5"), missed)
        XCTAssertTrue(screen.lines.contains { $0.contains("✓ 6 + 6 = ?") && $0.contains("tú: 12") }, "\(screen)")
        XCTAssertTrue(screen.contains("p: practicar la pregunta fallada · Intro: terminar"), "\(screen)")
        tmux.sendKeys("Enter")
        XCTAssertEqual(try tmux.waitForExit(), 0)

        // The teacher's report in the same locale.
        let report = try run(["report", "--db", database], environment: ["LANG": "es_ES.UTF-8"])
        XCTAssertTrue(report.contains("Clase") && report.contains("Alumno") && report.contains("Preguntas más falladas"), report)
        XCTAssertTrue(report.contains("Zoë"), report)

        let list = try run(["quiz", "list"], environment: ["LANG": "es_ES.UTF-8"])
        XCTAssertTrue(list.contains("Sumas y restas hasta 10 (10 preguntas, curso 1)"), list)
    }

    func testStoppingAndASmallWindowAreSpanishToo() throws {
        let tmux = try play(["--student", "Zoë"], environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        try question(1, on: tmux)
        tmux.sendKeys("Escape")
        try tmux.waitUntil("the stop question") { $0.contains("¿Quieres parar?") && $0.contains("Tus respuestas ya están guardadas.") && $0.contains("s: parar    n: seguir") }
        tmux.sendKeys("n")
        try question(1, on: tmux)
        try tmux.resize(cols: 60, rows: 20)
        try tmux.waitUntil("the enlarge message") { $0.contains("Haz esta ventana más grande, por favor.") && $0.contains("Ahora mide 60×20") }
        try tmux.resize(cols: 80, rows: 24)
        try question(1, on: tmux)
        tmux.sendKeys("Escape")
        try tmux.waitForText("¿Quieres parar?")
        tmux.sendKeys("s")   // sí
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testTheLanguageOptionWinsOverTheLocale() throws {
        // The shipped default set, whose title and description are given in French too.
        let tmux = try TmuxSession(arguments: ["play", "--quiz", "default.toml", "--db", database, "--weights",
                                               PlayEndToEndTests.weights.path, "--language", "fr"],
                                   environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        self.tmux = tmux
        let screen = try tmux.waitUntil("the French welcome screen") { $0.contains("Comment tu t'appelles ?") && $0.contains("Entrée : commencer") }
        XCTAssertTrue(screen.contains("Additions et soustractions jusqu'à 10"), "the set's French title\n\(screen)")
        XCTAssertTrue(screen.contains("Ajouter et enlever avec des nombres jusqu'à 10."), "and description\n\(screen)")
        tmux.sendKeys("Escape")
        XCTAssertEqual(try tmux.waitForExit(), 0)

        let error = try run(["quiz", "list", "--language", "xx"], environment: ["LANG": "fr_FR.UTF-8"])
        XCTAssertEqual(error.split(separator: "\n").count, 1, error)
        XCTAssertTrue(error.contains("--language xx : pas de messages dans cette langue (il y a : en, es, fr)"), error)
    }

    /// Runs the program to its end with `environment` (LC_ALL removed) and returns what it printed.
    private func run(_ arguments: [String], environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = TmuxSession.binaryURL()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "LC_ALL")
        env.merge(environment) { $1 }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
